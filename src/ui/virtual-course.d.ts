// The course compiled by the Vite plugin (src/vite/casebook-plugin.ts).
declare module 'virtual:casebook/course' {
  const course: import('../contract').CourseData;
  export default course;
}
