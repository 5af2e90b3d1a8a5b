/** Every rule, in the order findings are listed within a severity. */
import type { Rule } from '../types';
import { DPIA_RULES } from './dpia';
import { NOTICE_RULES } from './notice';
// issue 11 (notice roles): identity, representative, published notice
import { NOTICE_IDENTITY_RULES } from './notice-identity';
import { PARTY_RULES } from './parties';
import { PRODUCT_RULES } from './products';
import { PURPOSE_RULES } from './purposes';
import { RECORD_RULES } from './records';
import { REVIEW_RULES } from './review';
import { SPECIAL_DATA_RULES } from './special-data';
import { TRANSFER_RULES } from './transfers';
import { VENDOR_RULES } from './vendors';
// Store labels (issue 16)
import { STORE_LABEL_RULES } from './store-labels';
// reports-roles: checks that follow from the people and the role
import { ROLE_RULES } from './roles';
import { IMPORTED_RULES } from './imported';

export const RULES: readonly Rule[] = [
  ...PURPOSE_RULES,
  ...RECORD_RULES,
  ...PARTY_RULES,
  ...SPECIAL_DATA_RULES,
  ...TRANSFER_RULES,
  ...VENDOR_RULES,
  ...DPIA_RULES,
  ...PRODUCT_RULES,
  ...NOTICE_RULES,
  // issue 11 (notice roles)
  ...NOTICE_IDENTITY_RULES,
  ...REVIEW_RULES,
  // Store labels (issue 16)
  ...STORE_LABEL_RULES,
  // reports-roles
  ...ROLE_RULES,
  ...IMPORTED_RULES,
];
