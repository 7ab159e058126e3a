import { notifications } from '@mantine/notifications';
import { i18n } from '@client/i18n/i18n';
import { describeError } from './error-message';

export function notifyError(error: unknown, title: string = i18n.t('errors.title')): void {
  notifications.show({ color: 'red', title, message: describeError(error).message, autoClose: 8000 });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'brand', title, message, autoClose: 4000 });
}
