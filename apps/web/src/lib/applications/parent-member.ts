import type { FamilyDatabase } from '@rodnik/sync-client';

/**
 * Whether the signed-in parent's own account is confirmed («подтверждённая
 * учётная запись»), read from their member document on the device.
 */
export function watchAccountConfirmed(
  db: FamilyDatabase,
  accountId: string,
  onChange: (confirmed: boolean) => void,
): () => void {
  const sub = db.members.find().$.subscribe((docs) => {
    const own = docs
      .map((d) => d.toJSON() as { accountId?: string; identity?: { status?: string } })
      .find((m) => m.accountId === accountId);
    onChange(own?.identity?.status === 'confirmed');
  });
  return () => sub.unsubscribe();
}
