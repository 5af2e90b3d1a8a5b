/** Native open/save dialogs, behind an interface so handlers run without Electron. */
export interface Dialogs {
  /** A path for a new file, or undefined when the user cancels. */
  chooseSavePath(options: { title: string; defaultName: string; extensions: { name: string; extensions: string[] }[] }): Promise<string | undefined>;
  chooseOpenPath(options: { title: string; extensions: { name: string; extensions: string[] }[] }): Promise<string | undefined>;
}

export const WORKSPACE_FILTER = [{ name: 'RoPA Desk workspace', extensions: ['ropa'] }];
