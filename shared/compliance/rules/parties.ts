/** The other parties: controllers a processor works for (Art. 30(2)(a)), joint controllers (Art. 26). */
import { defineRule } from '../define';
import { activityTarget, q } from '../targets';

export const processorWithoutControllers = defineRule(
  {
    id: 'processor-without-controllers',
    severity: 'error',
    article: 'Art. 30(2)(a)',
    title: 'Processor activity without its controllers',
    description: 'An activity done as processor names the controller(s) on whose behalf it is done.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role !== 'processor' || a.controllers.length > 0) continue;
      emit(
        activityTarget(a, 'controllers'),
        `The activity ${q(a.name)} is done as processor, but the controller(s) it is done for are not named.`,
        'Name each controller (or describe them, e.g. “each business customer”) with a contact.',
      );
    }
  },
);

export const jointControllerWithoutArrangement = defineRule(
  {
    id: 'joint-controller-without-arrangement',
    severity: 'error',
    article: 'Art. 26(1)',
    title: 'Joint controller without an arrangement',
    description: 'An activity done as joint controller names the other controllers and the essence of the arrangement between them.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.role !== 'joint_controller') continue;
      if (a.jointControllers.length === 0) {
        emit(
          activityTarget(a, 'jointControllers'),
          `The activity ${q(a.name)} is done as joint controller, but the other controller is not named.`,
          'Name the joint controller(s) and summarise who does what under the Art. 26 arrangement.',
        );
        continue;
      }
      a.jointControllers.forEach((j, i) => {
        if ((j.arrangement ?? '').trim() !== '') return;
        emit(
          activityTarget(a, `jointControllers[${i}].arrangement`),
          `The activity ${q(a.name)} is shared with the joint controller ${q(j.name)}, but the arrangement between you is not described.`,
          'Summarise the Art. 26 arrangement: who answers data-subject requests, who gives the notice, who is the contact point.',
        );
      });
    }
  },
);

export const PARTY_RULES = [processorWithoutControllers, jointControllerWithoutArrangement];
