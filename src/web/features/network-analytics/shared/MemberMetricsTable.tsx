import { Progress, Table, Text } from '@mantine/core';
import { memberMetricKeys } from '../../../../common/networkAnalytics.ts';
import type { MemberMetricKey, MemberMetricValues } from '../../../api/networkAnalytics.ts';
import { formatMetric, memberMetricInfo, ordinal } from '../metricCatalog.ts';
import { MetricLabel } from './MetricLabel.tsx';

interface MemberMetricsTableProps {
  metrics: MemberMetricValues;
  /** Share of members at or below this value, per metric; shows a percentile column when given. */
  percentiles?: Partial<Record<MemberMetricKey, number | null>>;
}

export function MemberMetricsTable({ metrics, percentiles }: MemberMetricsTableProps) {
  return (
    <Table verticalSpacing={4} horizontalSpacing="xs" fz="sm" data-testid="member-metrics">
      <Table.Tbody>
        {memberMetricKeys.map((key) => {
          const info = memberMetricInfo[key];
          const percentile = percentiles?.[key];
          return (
            <Table.Tr key={key} data-metric={key}>
              <Table.Td>
                <MetricLabel label={info.label} help={info.help} />
              </Table.Td>
              <Table.Td ta="right" ff="monospace">
                {formatMetric(metrics[key], info.format)}
              </Table.Td>
              {percentiles && (
                <Table.Td w={150}>
                  {percentile === null || percentile === undefined ? (
                    <Text size="xs" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <>
                      <Progress
                        value={percentile * 100}
                        size="sm"
                        color="indigo"
                        aria-label={`${info.label}: ${ordinal(Math.round(percentile * 100))} percentile`}
                      />
                      <Text size="xs" c="dimmed">
                        {ordinal(Math.round(percentile * 100))} percentile
                      </Text>
                    </>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
