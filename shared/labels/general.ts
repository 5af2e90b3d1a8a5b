/** The form-wide answers: encryption in transit, deletion on request, account creation. */
import type { Product } from '../model';
import { listNames } from './recipients';
import type { Reasoned, TraceRef } from './types';
import { type Questions, type Use, activitiesOf, activityRef, productRef, uniqueRefs } from './uses';

/** Encryption in transit: "yes" only when every activity that collects data records it. */
export function encryption(uses: readonly Use[], questions: Questions): Reasoned<boolean | undefined> {
  const acts = activitiesOf(uses);
  const missing = acts.filter((a) => !a.securityMeasures.includes('encryption_in_transit'));
  if (acts.length > 0 && missing.length === 0) {
    return { value: true, reason: 'Every activity that collects data records the security measure “Encryption in transit”.', sources: acts.map((a) => activityRef(a, 'securityMeasures', 'Encryption in transit')) };
  }
  for (const a of missing) {
    questions.add({
      id: `encryption:${a.id}`,
      store: 'google',
      question: `Is the data of “${a.name}” encrypted in transit?`,
      toRecord: 'Add the security measure “Encryption in transit” to the activity when it is (TLS/HTTPS for every connection).',
      target: activityRef(a, 'securityMeasures', 'Security measures'),
    });
  }
  return { value: undefined, reason: missing.length > 0 ? `Not recorded for ${listNames(missing.map((a) => `“${a.name}”`))}.` : 'No data is collected.', sources: missing.map((a) => activityRef(a, 'securityMeasures', 'Security measures')) };
}

export function deletion(p: Product, accounts: boolean, questions: Questions): { answer: Reasoned<string | undefined>; url?: string } {
  const n = p.notice;
  const sources: TraceRef[] = [];
  if ((n.inAppPath ?? '').trim() !== '') sources.push(productRef(p, 'notice.inAppPath', `In the app: ${n.inAppPath}`));
  if ((n.webFormUrl ?? '').trim() !== '') sources.push(productRef(p, 'notice.webFormUrl', `Web form: ${n.webFormUrl}`));
  if ((n.deletionSteps ?? '').trim() !== '') sources.push(productRef(p, 'notice.deletionSteps', 'Deletion steps'));
  if (sources.length > 0) {
    if (accounts && (n.webFormUrl ?? '').trim() === '') {
      questions.add({
        id: `deletion-url:${p.id}`,
        store: 'google',
        question: 'Where on the web can users ask for their account and its data to be deleted? Google Play asks for a link.',
        toRecord: 'Enter the web form address in the product’s notice settings.',
        target: productRef(p, 'notice.webFormUrl', 'Web form'),
      });
    }
    const ways = [
      (n.inAppPath ?? '').trim() !== '' ? `in the app (${n.inAppPath})` : '',
      (n.webFormUrl ?? '').trim() !== '' ? `on the web (${n.webFormUrl})` : '',
      (n.deletionSteps ?? '').trim() !== '' && (n.inAppPath ?? '').trim() === '' && (n.webFormUrl ?? '').trim() === '' ? 'as the product’s deletion steps describe' : '',
    ].filter((w) => w !== '');
    return { answer: { value: 'DATA_DELETION_YES', reason: `Users can ask for deletion ${listNames(ways)}.`, sources }, ...(n.webFormUrl !== undefined ? { url: n.webFormUrl } : {}) };
  }
  questions.add({
    id: `deletion:${p.id}`,
    store: 'google',
    question: 'Can users ask for their data to be deleted, and how?',
    toRecord: 'Enter the in-app path, web form or deletion steps in the product’s notice settings.',
    target: productRef(p, 'notice.deletionSteps', 'Deletion steps'),
  });
  return { answer: { value: undefined, reason: 'The product records no way to ask for deletion.', sources: [] } };
}

export const ACCOUNT_KEYS = new Set(['credentials', 'username', 'user_id']);

export function accountCreation(p: Product, uses: readonly Use[], questions: Questions): Reasoned<string[] | undefined> {
  const creds = uses.filter((u) => u.category.key === 'credentials');
  if (creds.length > 0) {
    return { value: ['PSL_ACM_USER_ID_PASSWORD'], reason: 'Username and password: the records hold login credentials entered by the user.', sources: uniqueRefs(creds.map((u) => u.ref)) };
  }
  const accounts = uses.filter((u) => ACCOUNT_KEYS.has(u.category.key));
  if (accounts.length > 0) {
    const first = accounts[0] as Use;
    questions.add({
      id: `accounts:${p.id}`,
      store: 'google',
      question: 'How do users create an account (password, one-time code, OAuth …)?',
      toRecord: 'If they sign in with a password, add the data category “Login credentials” to the account activity; otherwise choose the method in Play Console.',
      target: first.ref,
    });
    return { value: undefined, reason: 'The records hold accounts but not how they are created.', sources: uniqueRefs(accounts.map((u) => u.ref)) };
  }
  return { value: ['PSL_ACM_NONE'], reason: 'No account: the records hold no login credentials, username or user ID.', sources: [] };
}

