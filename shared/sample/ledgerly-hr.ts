/**
 * Ledgerly's HR activity, which belongs to no product: payroll, with the two
 * special categories German payroll involves (church-tax denomination and
 * sick-leave periods), both under Art. 9(2)(b).
 */
import type { ProcessingActivity } from '../model';
import { reviewDates } from './dates';
import { LEDGERLY_ORG_ID } from './ledgerly';
import { activity, categoryLine } from './util';
import { VENDOR_IDS } from './vendors';

const PAYROLL_RETENTION = {
  retention:
    'Payroll account until the end of the sixth calendar year after the last entry (§ 41 EStG); payroll vouchers 8 years (§ 147 AO).',
  retentionMonths: 96,
  endAction: 'delete',
} as const;

export function ledgerlyHrActivities(now: Date): ProcessingActivity[] {
  return [
    activity({
      id: 'act-ledgerly-payroll',
      organisationId: LEDGERLY_ORG_ID,
      name: 'Employee payroll',
      description: 'Monthly payroll of Ledgerly staff, prepared with DATEV, with wage-tax and social-security reporting.',
      role: 'controller',
      purposes: [
        { description: 'Pay salaries and administer the employment relationship', legalBasis: 'contract' },
        {
          description: 'Withhold and report wage tax, church tax and social-security contributions',
          legalBasis: 'legal_obligation',
          art9Condition: 'b',
        },
        {
          description: 'Record sick leave and pay wages during illness (continued remuneration)',
          legalBasis: 'legal_obligation',
          art9Condition: 'b',
        },
      ],
      dataSubjects: ['employees', 'former_employees'],
      dataCategories: [
        ...categoryLine(['full_name', 'postal_address', 'date_of_birth', 'tax_id', 'bank_account'], {
          detail: 'Name, address, date of birth, tax ID, social-security number and bank account',
          source: 'data_subject',
          requirement: 'statutory',
          consequence: 'Salary cannot be paid correctly; wage tax is charged at the highest class.',
          ...PAYROLL_RETENTION,
        }),
        ...categoryLine(['salary_payroll', 'working_time'], {
          detail: 'Salary, bonuses, tax class, working time and absences',
          source: 'generated',
          requirement: 'statutory',
          ...PAYROLL_RETENTION,
        }),
        ...categoryLine(['religious_beliefs'], {
          detail: 'Church-tax denomination, as reported by the tax authority (ELStAM)',
          source: 'third_party',
          sourceDetail: 'Federal Central Tax Office (ELStAM retrieval)',
          requirement: 'statutory',
          ...PAYROLL_RETENTION,
        }),
        ...categoryLine(['health_data'], {
          detail: 'Periods of incapacity for work from electronic sick notes (eAU), without diagnoses',
          source: 'third_party',
          sourceDetail: 'Statutory health insurance fund (eAU retrieval)',
          requirement: 'statutory',
          consequence: 'Continued pay during illness cannot be calculated.',
          retention: 'Until the end of the calendar year after the sick leave, unless needed for a pending claim.',
          retentionMonths: 24,
          endAction: 'delete',
        }),
      ],
      recipients: [
        { vendorId: VENDOR_IDS.datev, type: 'processor', service: 'Payroll accounting', country: 'DE' },
        { name: 'Tax office (Finanzamt)', type: 'public_authority', service: 'Wage-tax returns and certificates', country: 'DE' },
        {
          name: 'Health insurance funds and social-security institutions',
          type: 'public_authority',
          service: 'Social-security reports; sick-note retrieval',
          country: 'DE',
        },
        { name: 'Ledgerly’s bank', type: 'controller', service: 'Salary transfers', country: 'DE' },
      ],
      securityMeasures: ['rbac', 'least_privilege', 'encryption_at_rest', 'mfa', 'confidentiality_agreements', 'access_reviews'],
      securityNotes: 'Only HR and the managing directors can open payroll records; the health-data fields hold periods, never diagnoses.',
      dpia: {
        status: 'not_required',
        reason: 'Statutory payroll for 120 staff; special categories limited to church-tax attribute and sick-leave periods.',
      },
      systems: ['DATEV Lohn und Gehalt', 'HR file share'],
      status: 'approved',
      owner: 'Head of People',
      reviewer: 'DPO',
      ...reviewDates(now, 6),
    }),
  ];
}
