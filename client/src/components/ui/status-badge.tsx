import { Badge, type MantineColor, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// Same values as the InquiryStatus and StudyStatus enums of the database.
export const inquiryStatuses = [
  'NEW',
  'ATTEMPTING_CONTACT',
  'CONTACTED',
  'PRE_SCREENING',
  'ELIGIBLE',
  'NOT_ELIGIBLE',
  'SCHEDULED',
  'ENROLLED',
  'DECLINED',
  'UNREACHABLE',
  'DUPLICATE',
  'SPAM',
] as const;

export const studyStatuses = [
  'NOT_YET_RECRUITING',
  'RECRUITING',
  'ENROLLING_BY_INVITATION',
  'ACTIVE_NOT_RECRUITING',
  'SUSPENDED',
  'TERMINATED',
  'COMPLETED',
  'WITHDRAWN',
  'UNKNOWN',
] as const;

export type InquiryStatus = (typeof inquiryStatuses)[number];
export type StudyStatus = (typeof studyStatuses)[number];

const inquiryColors: Record<InquiryStatus, MantineColor> = {
  NEW: 'blue',
  ATTEMPTING_CONTACT: 'yellow',
  CONTACTED: 'cyan',
  PRE_SCREENING: 'violet',
  ELIGIBLE: 'teal',
  NOT_ELIGIBLE: 'gray',
  SCHEDULED: 'indigo',
  ENROLLED: 'green',
  DECLINED: 'gray',
  UNREACHABLE: 'orange',
  DUPLICATE: 'gray',
  SPAM: 'red',
};

const studyColors: Record<StudyStatus, MantineColor> = {
  NOT_YET_RECRUITING: 'yellow',
  RECRUITING: 'green',
  ENROLLING_BY_INVITATION: 'cyan',
  ACTIVE_NOT_RECRUITING: 'blue',
  SUSPENDED: 'orange',
  TERMINATED: 'red',
  COMPLETED: 'gray',
  WITHDRAWN: 'gray',
  UNKNOWN: 'gray',
};

export type StatusBadgeProps =
  | { kind: 'inquiry'; status: InquiryStatus; size?: MantineSize }
  | { kind: 'study'; status: StudyStatus; size?: MantineSize };

/**
 * The "dot" variant keeps the label in the body text colour, so every status meets AA contrast
 * and the colour is never the only cue.
 */
export function StatusBadge(props: StatusBadgeProps) {
  const { t } = useTranslation();
  const color = props.kind === 'inquiry' ? inquiryColors[props.status] : studyColors[props.status];
  const label = props.kind === 'inquiry' ? t(`status.inquiry.${props.status}`) : t(`status.study.${props.status}`);
  return (
    <Badge variant="dot" color={color} size={props.size ?? 'md'} tt="none" fw={600}>
      {label}
    </Badge>
  );
}
