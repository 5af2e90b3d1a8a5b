import { notifications } from '@mantine/notifications';
import i18next from 'i18next';

export function notifyError(message: string, title?: string): void {
  notifications.show({ color: 'red', title: title ?? i18next.t('app.errorTitle'), message, autoClose: 8000 });
}

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 3000 });
}
