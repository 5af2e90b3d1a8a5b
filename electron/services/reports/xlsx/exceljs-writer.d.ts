// exceljs's streaming workbook writer on its own: the package's entry also loads its
// reader, unzipper, CSV and in-memory workbook, which the export worker never uses
// (about half of the worker's start-up time). Same class as ExcelJS.stream.xlsx.WorkbookWriter.
declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import type ExcelJS from 'exceljs';

  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}

// exceljs's style serialisers, patched for the quote-prefix style (quote-prefix.ts).
interface ExcelXmlStream {
  openNode(name: string, attributes?: Record<string, unknown>): void;
  addAttribute(name: string, value: unknown): void;
}
declare module 'exceljs/lib/xlsx/xform/style/styles-xform' {
  class StylesXform {
    addStyleModel(model: unknown, cellType?: unknown): number;
    _addStyle(style: Record<string, unknown>): number;
  }
  export = StylesXform;
}
declare module 'exceljs/lib/xlsx/xform/style/style-xform' {
  class StyleXform {
    render(xmlStream: ExcelXmlStream, model: Record<string, unknown>): void;
  }
  export = StyleXform;
}
