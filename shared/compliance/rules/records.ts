/** The core Art. 30(1) content of an activity: subjects, categories, retention, security. */
import { defineRule } from '../define';
import { activityTarget } from '../targets';

export const activityWithoutDataSubjects = defineRule(
  {
    id: 'activity-without-data-subjects',
    severity: 'error',
    description: 'Every activity names whose data it processes (customers, employees, …).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.dataSubjects.length > 0) continue;
      emit(activityTarget(a, 'dataSubjects'), { activity: a.name });
    }
  },
);

export const activityWithoutDataCategories = defineRule(
  {
    id: 'activity-without-data-categories',
    severity: 'error',
    description: 'Every activity lists the categories of personal data it processes.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.dataCategories.length > 0) continue;
      emit(activityTarget(a, 'dataCategories'), { activity: a.name });
    }
  },
);

export const categoryWithoutRetention = defineRule(
  {
    id: 'category-without-retention',
    severity: 'warning',
    description: 'Every data category of an activity says how long it is kept (a period or the criteria).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.dataCategories.forEach((c, i) => {
        if ((c.retention ?? '').trim() !== '' || c.retentionMonths !== undefined) return;
        const label = ctx.category(c.category)?.label ?? c.category;
        emit(activityTarget(a, `dataCategories[${i}].retention`), { category: label, activity: a.name });
      });
    }
  },
);

export const activityWithoutSecurity = defineRule(
  {
    id: 'activity-without-security-measures',
    severity: 'warning',
    description: 'Every activity describes its technical and organisational security measures (from the catalogue or in words).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.securityMeasures.length > 0 || (a.securityNotes ?? '').trim() !== '') continue;
      emit(activityTarget(a, 'securityMeasures'), { activity: a.name });
    }
  },
);

export const RECORD_RULES = [activityWithoutDataSubjects, activityWithoutDataCategories, categoryWithoutRetention, activityWithoutSecurity];
