import { formatDateRu, isoDatePart } from '@rodnik/domain';
import type { Messages } from '../i18n/messages.ru.ts';
import type { ReceiptText } from './receipt.ts';

type Words = Pick<
  Messages,
  | 'receiptTitle'
  | 'requestNumber'
  | 'receivedAt'
  | 'receiptService'
  | 'forChild'
  | 'receiptDocuments'
  | 'receiptQrNote'
>;

/** What the receipt says, in the reader's language (pure, so it is tested without a canvas). */
export function receiptText(
  input: {
    requestNumber: string;
    receivedAt: string | null;
    serviceTitle: string;
    childName: string;
    documents: readonly string[];
    /** The decision in words («Одобрено», «Отказано: …») and what happens next, once there is one. */
    decision?: readonly { label: string; value: string }[];
  },
  m: Words,
): ReceiptText {
  return {
    title: m.receiptTitle,
    rows: [
      { label: m.requestNumber, value: input.requestNumber },
      {
        label: m.receivedAt,
        value: input.receivedAt ? formatDateRu(isoDatePart(input.receivedAt)) : '—',
      },
      { label: m.receiptService, value: input.serviceTitle },
      { label: m.forChild, value: input.childName || '—' },
      ...(input.decision ?? []),
    ],
    documentsLabel: m.receiptDocuments,
    documents: input.documents,
    qrNote: m.receiptQrNote,
  };
}
