// What the preload needs: channel names and the API type, without pulling zod schemas in at run time.
export { CHANNELS, EVENTS, type Channel, type EventName } from './channels';
export type { RopaApi } from './contract';
