/** The core Art. 30(1) content of an activity: subjects, categories, retention, security. */
import { defineRule } from '../define';
import { activityTarget, q } from '../targets';

export const activityWithoutDataSubjects = defineRule(
  {
    id: 'activity-without-data-subjects',
    severity: 'error',
    article: 'Art. 30(1)(c)',
    title: 'Activity without data subjects',
    description: 'Every activity names whose data it processes (customers, employees, …).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.dataSubjects.length > 0) continue;
      emit(
        activityTarget(a, 'dataSubjects'),
        `The activity ${q(a.name)} does not say whose data it processes.`,
        'Add the categories of people concerned, e.g. customers, app users or employees.',
      );
    }
  },
);

export const activityWithoutDataCategories = defineRule(
  {
    id: 'activity-without-data-categories',
    severity: 'error',
    article: 'Art. 30(1)(c)',
    title: 'Activity without data categories',
    description: 'Every activity lists the categories of personal data it processes.',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.dataCategories.length > 0) continue;
      emit(
        activityTarget(a, 'dataCategories'),
        `The activity ${q(a.name)} does not list any categories of personal data.`,
        'Add the data it processes, e.g. name, e-mail address, invoices.',
      );
    }
  },
);

export const categoryWithoutRetention = defineRule(
  {
    id: 'category-without-retention',
    severity: 'warning',
    article: 'Art. 30(1)(f)',
    title: 'Data category without retention',
    description: 'Every data category of an activity says how long it is kept (a period or the criteria).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      a.dataCategories.forEach((c, i) => {
        if ((c.retention ?? '').trim() !== '' || c.retentionMonths !== undefined) return;
        const label = ctx.category(c.category)?.label ?? c.category;
        emit(
          activityTarget(a, `dataCategories[${i}].retention`),
          `The data category ${q(label)} in ${q(a.name)} has no retention period.`,
          'Say how long the data is kept or the criteria for deciding, e.g. “24 months after the contract ends”.',
        );
      });
    }
  },
);

export const activityWithoutSecurity = defineRule(
  {
    id: 'activity-without-security-measures',
    severity: 'warning',
    article: 'Art. 30(1)(g), 32',
    title: 'Activity without security measures',
    description: 'Every activity describes its technical and organisational security measures (from the catalogue or in words).',
  },
  (ctx, emit) => {
    for (const a of ctx.doc.activities) {
      if (a.securityMeasures.length > 0 || (a.securityNotes ?? '').trim() !== '') continue;
      emit(
        activityTarget(a, 'securityMeasures'),
        `The activity ${q(a.name)} does not describe any security measures.`,
        'Pick the measures that protect this data from the catalogue (encryption, access control, backups …) or describe them.',
      );
    }
  },
);

export const RECORD_RULES = [activityWithoutDataSubjects, activityWithoutDataCategories, categoryWithoutRetention, activityWithoutSecurity];
