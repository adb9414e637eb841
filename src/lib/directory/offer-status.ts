/**
 * What one "start here" offer says about itself in one sentence: whether a recent source shows it
 * running, and how old the source of the contact detail it leads with is. The facts only (pure); the
 * sentence is put together in the reader's language by the component, from the same facts, so the
 * status and the contact age can never contradict each other or the block's heading.
 */
import type { Initiative } from '../../schemas/initiative.ts';
import { evidenceYear, isConfirmedCurrent, isCurrentContact } from './evidence.ts';

export type ContactDetailKind = 'phone' | 'email' | 'website';

export interface OfferStatus {
  /** Active on evidence from the status window (evidence.ts isConfirmedCurrent). */
  statusCurrent: boolean;
  /** Year of the newest evidence for the status; undefined when no source is dated. */
  statusYear: number | undefined;
  /** The detail the offer leads with: a current one first (phone, e-mail, website), else the first known. */
  detail: ContactDetailKind;
  /** Whether that detail may be relied on (evidence.ts isCurrentContact). */
  detailCurrent: boolean;
  /** The year a source last gave it; undefined when the source is undated. */
  detailYear: number | undefined;
  /** Given by the service's own (or a government) page, undated but live when read. */
  detailOnOwnPage: boolean;
}

type Detail = { confirmed?: number | undefined; officialCurrentPage?: boolean; verifyBeforePublishing: boolean };

/** The offer's status facts, or undefined for an entry with no way to reach it (never offered). */
export function offerStatus(initiative: Initiative, today: Date): OfferStatus | undefined {
  const { phones, email, website } = initiative.contact;
  const details: [ContactDetailKind, Detail][] = [
    ...phones.map((p): [ContactDetailKind, Detail] => ['phone', p]),
    ...(email ? [['email', email] as [ContactDetailKind, Detail]] : []),
    ...(website ? [['website', website] as [ContactDetailKind, Detail]] : []),
  ];
  const lead = details.find(([, d]) => isCurrentContact(d, initiative, today)) ?? details[0];
  if (!lead) return undefined;
  const [detail, d] = lead;
  return {
    statusCurrent: isConfirmedCurrent(initiative, today),
    statusYear: evidenceYear(initiative),
    detail,
    detailCurrent: isCurrentContact(d, initiative, today),
    detailYear: d.confirmed,
    detailOnOwnPage: d.officialCurrentPage === true && d.confirmed === undefined,
  };
}
