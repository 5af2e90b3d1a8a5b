// The two functions of `xliff` (locize) used for XLIFF 1.2; the package ships no types.
declare module 'xliff/jsToXliff12' {
  import type { XliffJs } from 'xliff/xliff12ToJs';

  function jsToXliff12(obj: XliffJs, opt: { indent?: string; xmlLangAttr?: boolean }, cb: (err: Error | null, res: string) => void): string;
  export default jsToXliff12;
}

declare module 'xliff/xliff12ToJs' {
  export interface XliffUnit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
    additionalAttributes?: Record<string, string>;
    groupUnits?: Record<string, XliffUnit>;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    xliffVersion?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  function xliff12ToJs(str: string, options: { captureSpacesBetweenElements?: boolean; inlineAsString?: boolean }, cb: (err: Error | null, res: XliffJs) => void): XliffJs | Error;
  export default xliff12ToJs;
}
