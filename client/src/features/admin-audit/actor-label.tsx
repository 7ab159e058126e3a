import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ActorLabelProps {
  actorType: 'USER' | 'SYSTEM' | 'PUBLIC';
  actor: { name: string | null; email: string | null } | null;
}

/** Who did it: a person, the system, or the public (forms without an account). */
export function ActorLabel({ actorType, actor }: ActorLabelProps) {
  const { t } = useTranslation();
  if (actor) {
    return (
      <>
        <Text size="sm" fw={600}>
          <bdi>{actor.name}</bdi>
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          <bdi>{actor.email}</bdi>
        </Text>
      </>
    );
  }
  return (
    <Text size="sm" c="dimmed">
      {actorType === 'USER' ? t('audit.deletedAccount') : t(`audit.actorType.${actorType}`)}
    </Text>
  );
}
