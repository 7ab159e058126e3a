import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useInquiryEvents, useNewInquiryCount } from './use-inquiry-events';

/** The count of new inquiries beside the inbox link; keeps the live stream open on every page. */
export function NewInquiriesBadge() {
  const { t } = useTranslation();
  useInquiryEvents(() => {});
  const count = useNewInquiryCount();
  if (count === 0) return null;
  return (
    <>
      <Badge size="sm" circle={count < 10} variant="filled" color="red" aria-hidden>
        {count > 99 ? '99+' : count}
      </Badge>
      <VisuallyHidden>{t('live.newInquiries', { count })}</VisuallyHidden>
    </>
  );
}
