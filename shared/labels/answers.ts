/**
 * The per-type answers: purposes in each store's terms, linked, used to track
 * (Apple), shared, ephemeral and required (Google), each with its reason.
 */
import type { ProcessingActivity, Vendor } from '../model';
import { appleStore, googleStore } from '../reference/store-labels';
import { purposeMapping } from './mapping';
import { classifyRecipients, listNames } from './recipients';
import type { PurposeAnswer, Reasoned, TraceRef } from './types';
import { type Questions, type Use, activitiesOf, activityRef, uniqueRefs } from './uses';

/** Purposes of the activities behind `uses`, in the store's terms. */
export function purposesOf(uses: readonly Use[], store: 'apple' | 'google', questions: Questions): PurposeAnswer[] {
  const out = new Map<string, PurposeAnswer>();
  for (const a of activitiesOf(uses)) {
    a.purposes.forEach((p, j) => {
      const ref = activityRef(a, `purposes[${j}]`, p.description);
      const m = purposeMapping(p);
      if (m === undefined) {
        questions.add({
          id: `purpose:${a.id}:${j}`,
          store: 'both',
          question: `What do the app stores call the purpose “${p.description}” of “${a.name}”?`,
          toRecord: 'Record the store purpose of this purpose (in the app: Store labels › Open questions).',
          target: ref,
        });
        return;
      }
      const id = store === 'apple' ? m.apple : m.google;
      if (id === undefined) {
        questions.add({
          id: `purpose-google:${a.id}:${j}`,
          store: 'google',
          question: `Google Play has no purpose “${m.label}”: which of its purposes fits “${p.description}” of “${a.name}”?`,
          toRecord: 'Record a store purpose that Google Play has (in the app: Store labels › Open questions).',
          target: ref,
        });
        return;
      }
      const label = (store === 'apple' ? appleStore.purposes : googleStore.purposes).find((x) => x.id === id)?.label ?? id;
      const entry = out.get(id) ?? { id, label, sources: [] };
      entry.sources.push(ref);
      out.set(id, entry);
    });
  }
  const order = (store === 'apple' ? appleStore.purposes : googleStore.purposes).map((p) => p.id);
  return [...out.values()].sort((x, y) => order.indexOf(x.id) - order.indexOf(y.id));
}

const advertises = (a: ProcessingActivity) => a.purposes.some((p) => p.storePurpose === 'third_party_advertising');

export function linkedAnswer(uses: readonly Use[]): Reasoned<boolean> {
  const linked = uses.filter((u) => !u.activity.securityMeasures.includes('anonymisation'));
  if (linked.length > 0) {
    return {
      value: true,
      reason: `Linked to the user: ${listNames(activitiesOf(linked).map((a) => `“${a.name}”`))} ${activitiesOf(linked).length === 1 ? 'keeps' : 'keep'} it without the security measure “Anonymisation”.`,
      sources: uniqueRefs(linked.map((u) => activityRef(u.activity, 'securityMeasures', 'Security measures'))),
    };
  }
  return {
    value: false,
    reason: 'Not linked to the user: every activity that collects it records the security measure “Anonymisation”.',
    sources: uniqueRefs(uses.map((u) => activityRef(u.activity, 'securityMeasures', 'Anonymisation'))),
  };
}

export function trackingAnswer(uses: readonly Use[], vendors: ReadonlyMap<string, Vendor>, identifier: boolean): Reasoned<boolean> {
  const sources: TraceRef[] = [];
  const reasons: string[] = [];
  for (const a of activitiesOf(uses.filter((u) => advertises(u.activity)))) {
    const third = classifyRecipients(a, vendors).filter((r) => r.cls === 'third_party');
    const j = a.purposes.findIndex((p) => p.storePurpose === 'third_party_advertising');
    if (third.length > 0) {
      reasons.push(`“${a.name}” passes it to ${listNames(third.map((r) => r.name))} (independent controller${third.length > 1 ? 's' : ''}) for third-party advertising`);
      for (const r of third) sources.push(activityRef(a, `recipients[${r.index}]`, r.name));
      sources.push(activityRef(a, `purposes[${j}]`, a.purposes[j]?.description ?? ''));
    } else if (identifier) {
      reasons.push(`“${a.name}” uses this identifier for third-party advertising`);
      sources.push(activityRef(a, `purposes[${j}]`, a.purposes[j]?.description ?? ''));
    }
  }
  if (reasons.length > 0) return { value: true, reason: `Used to track: ${reasons.join('; ')}. Apple counts this as tracking.`, sources: uniqueRefs(sources) };
  const who = activitiesOf(uses).flatMap((a) => classifyRecipients(a, vendors));
  const names = (cls: string) => listNames(who.filter((r) => r.cls === cls).map((r) => r.name));
  const parts = [
    names('service_provider') && `processors acting for us (${names('service_provider')})`,
    names('customer') && `the customer organisation (${names('customer')})`,
    names('authority') && `authorities on legal request (${names('authority')})`,
    names('internal') && `our own staff (${names('internal')})`,
    names('third_party') && `independent controllers not for advertising (${names('third_party')})`,
  ].filter((x) => x !== '');
  return {
    value: false,
    reason: `Not used to track: no activity that collects it has a third-party-advertising purpose${parts.length > 0 ? `; it goes only to ${listNames(parts)}` : ''}.`,
    sources: uniqueRefs(activitiesOf(uses).map((a) => activityRef(a, 'recipients', 'Recipients'))),
  };
}

export function sharedAnswer(uses: readonly Use[], vendors: ReadonlyMap<string, Vendor>): { answer: Reasoned<boolean>; sharedIn: ProcessingActivity[] } {
  const sharedIn: ProcessingActivity[] = [];
  const sources: TraceRef[] = [];
  const names: string[] = [];
  const others = new Map<string, string>();
  for (const a of activitiesOf(uses)) {
    for (const r of classifyRecipients(a, vendors)) {
      if (r.cls === 'third_party') {
        if (!sharedIn.includes(a)) sharedIn.push(a);
        names.push(r.name);
        sources.push(activityRef(a, `recipients[${r.index}]`, r.name));
      } else {
        others.set(r.name, r.why);
      }
    }
  }
  if (sharedIn.length > 0) {
    return { answer: { value: true, reason: `Shared: ${listNames(names)} receive${names.length === 1 ? 's' : ''} it as an independent controller, which Google counts as sharing.`, sources: uniqueRefs(sources) }, sharedIn };
  }
  const why = [...others.entries()].map(([n, w]) => `${n}: ${w}`);
  return {
    answer: {
      value: false,
      reason: why.length === 0 ? 'Not shared: no recipient is recorded for the activities that collect it.' : `Not shared. ${why.join('. ')}.`,
      sources: uniqueRefs(activitiesOf(uses).map((a) => activityRef(a, 'recipients', 'Recipients'))),
    },
    sharedIn,
  };
}

export function ephemeralAnswer(uses: readonly Use[]): Reasoned<boolean> {
  const kept = uses.filter((u) => u.use.retentionMonths !== 0);
  if (kept.length === 0) {
    return { value: true, reason: 'Processed ephemerally: every activity that collects it keeps it for 0 months.', sources: uniqueRefs(uses.map((u) => u.ref)) };
  }
  const u = kept[0] as Use;
  const how = u.use.retention ?? (u.use.retentionMonths !== undefined ? `${u.use.retentionMonths} months` : 'no retention period recorded');
  return { value: false, reason: `Not ephemeral: “${u.activity.name}” keeps it (${how.replace(/[.\s]+$/, '')}).`, sources: uniqueRefs(kept.map((x) => x.ref)) };
}

export function requiredAnswer(uses: readonly Use[]): Reasoned<boolean> {
  const required = uses.filter((u) => u.use.requirement !== 'optional');
  if (required.length > 0) {
    return { value: true, reason: `Required: ${listNames(activitiesOf(required).map((a) => `“${a.name}”`))} need${activitiesOf(required).length === 1 ? 's' : ''} it to provide the service.`, sources: uniqueRefs(required.map((u) => u.ref)) };
  }
  return { value: false, reason: 'Optional: every activity that collects it records that providing it is optional.', sources: uniqueRefs(uses.map((u) => u.ref)) };
}

