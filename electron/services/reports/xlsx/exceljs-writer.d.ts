// exceljs's streaming workbook writer on its own: the package's entry also loads its
// reader, unzipper, CSV and in-memory workbook, which the export worker never uses
// (about half of the worker's start-up time). Same class as ExcelJS.stream.xlsx.WorkbookWriter.
declare module 'exceljs/lib/stream/xlsx/workbook-writer' {
  import type ExcelJS from 'exceljs';

  const WorkbookWriter: typeof ExcelJS.stream.xlsx.WorkbookWriter;
  export = WorkbookWriter;
}
