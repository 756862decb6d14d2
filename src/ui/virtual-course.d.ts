// The course compiled by the Vite plugin (src/vite/casebook-plugin.ts).
declare module 'virtual:casebook/course' {
  export const index: import('../contract').CourseIndex;
  export const loaders: Record<
    string,
    () => Promise<{ default: import('../contract').CompiledScenario | null }>
  >;
}
