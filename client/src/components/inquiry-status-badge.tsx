import type { MantineSize } from '@mantine/core';
import type { InquiryStatus } from '@shared/inquiry-status';
import { StatusBadge } from '@client/components/ui/status-badge';

/** An inquiry's follow-up status, labelled in the interface language (inbox rows, inquiry page). */
export function InquiryStatusBadge({ status, size }: { status: InquiryStatus; size?: MantineSize }) {
  return <StatusBadge kind="inquiry" status={status} size={size} />;
}
