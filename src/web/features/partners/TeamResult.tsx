import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Team } from '../../api/matching.ts';
import type { Listing } from '../../api/orgs.ts';
import { percent } from './ComponentBars.tsx';

interface TeamResultProps {
  team: Team;
  needs: Listing[];
  countryName: (code: string) => string;
}

/** The smallest team found: each member with the needs it covers, then what nobody covers. */
export function TeamResult({ team, needs, countryName }: TeamResultProps) {
  const titleOf = (needId: string) => needs.find((n) => n.id === needId)?.title ?? 'A need no longer listed';
  return (
    <Stack gap="md" data-testid="team-result">
      <Group gap="sm">
        <Title order={2} size="h4">
          A team of {team.members.length} organization{team.members.length === 1 ? '' : 's'}
        </Title>
        <Badge variant="light" size="lg">
          Team score {percent(team.score)} / 100
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mt={-8}>
        For each need, how well its member’s offer fills it, times ½ + ½ × that member’s fit, averaged over the needs.
        Fit is the seven components besides complementarity, weighted as your suggestions are.
      </Text>
      {team.members.length === 0 && (
        <Text c="dimmed" size="sm">
          No member of this network offers what these needs ask for.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {team.members.map((member) => (
          <Card key={member.org.id} withBorder radius="md" padding="md" data-testid="team-member">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={0}>
                  <Text fw={600}>{member.org.name}</Text>
                  <Text size="xs" c="dimmed">
                    {[member.org.city, countryName(member.org.country)].filter(Boolean).join(', ')}
                  </Text>
                </Stack>
                <Badge variant="outline">Fit {percent(member.fit)}</Badge>
              </Group>
              <List size="sm" spacing={4}>
                {member.covers.map((cover) => (
                  <List.Item key={cover.needId}>
                    Their ‘{cover.offerTitle}’ covers ‘{cover.needTitle}’{' '}
                    <Text span c="dimmed" size="xs">
                      ({percent(cover.score)} / 100)
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      {team.uncoveredNeedIds.length > 0 ? (
        <Alert color="yellow" variant="light" title="Not covered by anyone in this team" data-testid="uncovered-needs">
          <List size="sm">
            {team.uncoveredNeedIds.map((id) => (
              <List.Item key={id}>{titleOf(id)}</List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        team.members.length > 0 && (
          <Text size="sm" c="teal">
            {team.members.length === 1
              ? 'This organization covers every need you chose.'
              : 'Together they cover every need you chose.'}
          </Text>
        )
      )}
    </Stack>
  );
}
