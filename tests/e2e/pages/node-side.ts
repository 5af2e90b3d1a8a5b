// What the specs need from the Node side, bundled together by harness-loader.ts.
export * from '../harness';
export { synthesizeDocument } from '../../../shared/synth/generate';
export { startServerApp, openServerWorkspace } from '../server-harness';
export { Workspace } from '../../../electron/services/workspace';
