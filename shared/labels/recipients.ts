/**
 * Who receives the data, read the way the stores define it. Google: a
 * transfer to a third party is "sharing", except to service providers
 * processing it on our behalf, for legal reasons, or where the user expects
 * it; Apple: data is used to "track" when it is linked with third-party data
 * for advertising, or passed to a data broker.
 */
import type { ProcessingActivity, Recipient, Vendor } from '../model';

export type RecipientClass = 'service_provider' | 'internal' | 'customer' | 'authority' | 'third_party';

export interface ClassifiedRecipient {
  name: string;
  cls: RecipientClass;
  index: number;
  /** Why the stores see it so, in words. */
  why: string;
}

const ROLE: Record<Recipient['type'], RecipientClass> = {
  processor: 'service_provider',
  sub_processor: 'service_provider',
  internal: 'internal',
  customer: 'customer',
  public_authority: 'authority',
  controller: 'third_party',
  joint_controller: 'third_party',
};

const WHY: Record<RecipientClass, string> = {
  service_provider: 'a processor acting on our behalf: Google does not count it as sharing',
  internal: 'part of our own organisation',
  customer: 'the customer organisation the user works for, which receives it as the service it contracted for: a transfer the user expects (Google’s exception)',
  authority: 'an authority, only where the law obliges us: Google’s legal exception',
  third_party: 'an independent controller deciding for itself what to do with the data: Google counts this as sharing',
};

export function recipientName(r: Recipient, vendors: ReadonlyMap<string, Vendor>): string {
  const v = r.vendorId !== undefined ? vendors.get(r.vendorId) : undefined;
  return v?.name ?? r.name ?? r.vendorId ?? 'recipient';
}

export function classifyRecipients(a: ProcessingActivity, vendors: ReadonlyMap<string, Vendor>): ClassifiedRecipient[] {
  return a.recipients.map((r, index) => {
    const cls = ROLE[r.type];
    return { name: recipientName(r, vendors), cls, index, why: WHY[cls] };
  });
}

/** Names joined for a sentence: "A, B and C". */
export function listNames(names: readonly string[]): string {
  const u = [...new Set(names)];
  if (u.length <= 1) return u[0] ?? '';
  return `${u.slice(0, -1).join(', ')} and ${u[u.length - 1]}`;
}
