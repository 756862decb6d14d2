// The `xliff` package ships no types: the three functions src/cli/xliff.ts calls, in their
// callback form (which answers at once).
declare module 'xliff/createjs' {
  export default function createjs(
    sourceLanguage: string,
    targetLanguage: string,
    sources: Record<string, string>,
    targets: Record<string, string>,
    namespace: string,
    done: (error: unknown, value: object) => void,
    notes?: Record<string, string>,
  ): void;
}
declare module 'xliff/js2xliff' {
  export default function js2xliff(js: object, done: (error: unknown, value: string) => void): void;
}
declare module 'xliff/xliff2js' {
  export default function xliff2js(
    text: string,
    done: (error: unknown, value: never) => void,
  ): void;
}
