/** The types every layer shares, and the diagnostic catalogue with its one builder (`diagnostic`); nothing else here runs. */
export * from './diagnostic';
export * from './scenario';
export * from './taxonomy';
export * from './course';
export * from './catalogue';
export * from './prose';
export * from './translation';
