import type { PaymentState } from '@rodnik/domain';

/** A payout (a benefit) or a charge (a paid group) opened for an approved application. */
export interface PaymentRequest {
  /** The request number: one payment per application, so opening twice opens one. */
  reference: string;
  kind: 'payout' | 'charge';
  amountRub: number;
}

/**
 * The payments port: the treasury's payouts and the payment gateway's charges. The fixture
 * adapter ships (no real money moves); a deployment plugs its own in behind these methods.
 */
export interface Payments {
  /** Opens the payment (idempotent by `reference`) and tells its state now. */
  open(request: PaymentRequest, now: Date): Promise<PaymentState>;
  /** The payment's state and history, or null when it was never opened. */
  status(reference: string, now: Date): Promise<PaymentState | null>;
}
