/** The types every layer shares; nothing here has behaviour beyond constants. */
export * from './diagnostic';
export * from './scenario';
export * from './taxonomy';
export * from './course';
export * from './catalogue';
export * from './prose';
