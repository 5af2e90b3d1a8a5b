/** The other parties: controllers a processor works for (Art. 30(2)(a)), joint controllers (Art. 26). */
import { defineRule } from '../define';
import { activityTarget } from '../targets';

export const processorWithoutControllers = defineRule(
  {
    id: 'processor-without-controllers',
    severity: 'error',
    description: 'An activity done as processor names the controller(s) on whose behalf it is done.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role !== 'processor' || a.controllers.length > 0) continue;
      emit(activityTarget(a, 'controllers'), { activity: a.name });
    }
  },
);

export const jointControllerWithoutArrangement = defineRule(
  {
    id: 'joint-controller-without-arrangement',
    severity: 'error',
    description: 'An activity done as joint controller names the other controllers and the essence of the arrangement between them.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role !== 'joint_controller') continue;
      if (a.jointControllers.length === 0) {
        emit(activityTarget(a, 'jointControllers'), { activity: a.name });
        continue;
      }
      a.jointControllers.forEach((j, i) => {
        if ((j.arrangement ?? '').trim() !== '') return;
        emit(activityTarget(a, `jointControllers[${i}].arrangement`), { activity: a.name, jointController: j.name });
      });
    }
  },
);

export const PARTY_RULES = [processorWithoutControllers, jointControllerWithoutArrangement];
