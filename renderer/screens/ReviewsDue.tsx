import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStore } from '../app/store';

const DAY = 24 * 60 * 60 * 1000;

/** Activities whose next review is overdue or due within 30 days, soonest first; a click opens one. */
export function ReviewsDue() {
  const { t } = useTranslation();
  const { overview, navigate } = useStore();
  const today = new Date().toISOString().slice(0, 10);
  const horizon = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
  const due = (overview?.activities ?? [])
    .filter((a) => a.nextReviewDue !== undefined && a.nextReviewDue <= horizon)
    .sort((a, b) => (a.nextReviewDue ?? '').localeCompare(b.nextReviewDue ?? ''))
    .slice(0, 20);
  return (
    <Paper withBorder p="md" radius="sm">
      <Title order={3} fz="sm" mb="xs">
        {t('reviewsDue.title')}
      </Title>
      {due.length === 0 ? (
        <Text size="sm" data-testid="empty-reviews-due">
          {t('emptyList.reviewsDue')}
        </Text>
      ) : (
        <Table verticalSpacing={4} highlightOnHover aria-label={t('reviewsDue.title')}>
          <Table.Tbody>
            {due.map((a) => {
              const overdue = (a.nextReviewDue ?? '') < today;
              return (
                <Table.Tr key={a.id} onClick={() => navigate({ kind: 'activity', id: a.id })} style={{ cursor: 'pointer' }}>
                  <Table.Td>
                    <Text size="sm">{a.name}</Text>
                  </Table.Td>
                  <Table.Td w={280} ta="right">
                    <Badge variant="light" color={overdue ? 'red' : 'yellow'}>
                      {overdue ? t('reviewsDue.overdue', { date: a.nextReviewDue ?? '' }) : t('reviewsDue.due', { date: a.nextReviewDue ?? '' })}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
