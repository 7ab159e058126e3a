import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

export type BulkResult = { done: string[]; failed: { id: string; code: string; message: string }[] };

/** Says how many rows changed and, when some could not, why (the first reason, as the server gave it). */
export function reportBulk(t: TFunction, result: BulkResult): void {
  if (result.done.length > 0) {
    notifications.show({ color: 'green', message: t('inbox.bulk.done', { count: result.done.length }), autoClose: 4000 });
  }
  if (result.failed.length > 0) {
    notifications.show({
      color: 'orange',
      title: t('inbox.bulk.failed', { count: result.failed.length }),
      message: result.failed[0]!.message,
      autoClose: 10_000,
    });
  }
}
