import { notifications } from '@mantine/notifications';
import { i18n } from '@client/i18n/i18n';
import { describeError } from './error-message';

// Mantine's close button has no text of its own: name it, or screen readers announce "button".
const closeButtonProps = () => ({ 'aria-label': i18n.t('common.close') });

export function notifyError(error: unknown, title: string = i18n.t('errors.title')): void {
  notifications.show({ color: 'red', title, message: describeError(error).message, autoClose: 8000, closeButtonProps: closeButtonProps() });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'brand', title, message, autoClose: 4000, closeButtonProps: closeButtonProps() });
}
