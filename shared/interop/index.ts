export { toFides, toFidesYaml } from './fides/export';
export { fidesToDocument } from './fides/import';
export { fidesView } from './fides/held';
export { FIDES } from './fides/crosswalk';
