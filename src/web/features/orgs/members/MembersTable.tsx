import { Badge, Group, Paper, Select, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { orgRoles, type OrgRole } from '../../../../common/vocabulary.ts';
import type { Org, OrgMember } from '../../../api/orgs.ts';
import { ConfirmButton } from '../../../components/ConfirmButton.tsx';
import { notifyFailure, notifySuccess } from '../../../components/notify.ts';
import { roleLabels } from '../../../components/vocabularyLabels.ts';
import { useChangeMemberRole, useRemoveMember } from '../useOrgMembers.ts';
import { ActionsHeader } from '../../../components/ActionsHeader.tsx';

interface MembersTableProps {
  org: Org;
  members: OrgMember[];
  currentUserId: string;
}

export function MembersTable({ org, members, currentUserId }: MembersTableProps) {
  const navigate = useNavigate();
  const changeRole = useChangeMemberRole(org.id);
  const removeMember = useRemoveMember(org.id);
  const canManage = org.abilities.manageMembers;
  const roleOptions = orgRoles.map((role) => ({
    value: role,
    label: roleLabels[role],
    disabled: role === 'owner' && org.myRole !== 'owner',
  }));

  const remove = (member: OrgMember) => {
    const leaving = member.userId === currentUserId;
    removeMember.mutate(member.userId, {
      onSuccess: () => {
        notifySuccess(leaving ? `You left ${org.name}` : `${member.name} was removed`);
        if (leaving) navigate('/');
      },
      onError: (error) => notifyFailure(error),
    });
  };

  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={550}>
        <Table verticalSpacing="sm" horizontalSpacing="md" data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>E-mail</Table.Th>
              <Table.Th w={170}>Role</Table.Th>
              <ActionsHeader />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => {
              const isMe = member.userId === currentUserId;
              return (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" fw={500}>
                        {member.name}
                      </Text>
                      {isMe && (
                        <Badge size="xs" variant="light">
                          you
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <Select
                        size="xs"
                        aria-label={`Role of ${member.name}`}
                        data={roleOptions}
                        value={member.role}
                        allowDeselect={false}
                        onChange={(role) =>
                          role &&
                          role !== member.role &&
                          changeRole.mutate(
                            { userId: member.userId, role: role as OrgRole },
                            {
                              onSuccess: () =>
                                notifySuccess(`${member.name} is now ${roleLabels[role as OrgRole].toLowerCase()}`),
                              onError: (error) => notifyFailure(error),
                            },
                          )
                        }
                      />
                    ) : (
                      <Badge variant="light" color="gray">
                        {roleLabels[member.role]}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {(isMe || canManage) && (
                      <ConfirmButton
                        size="xs"
                        variant="subtle"
                        color="red"
                        question={
                          isMe
                            ? `Leave ${org.name}? You will lose access unless someone invites you again.`
                            : `Remove ${member.name} from ${org.name}?`
                        }
                        confirmLabel={isMe ? 'Leave' : 'Remove'}
                        onConfirm={() => remove(member)}
                      >
                        {isMe ? 'Leave' : 'Remove'}
                      </ConfirmButton>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
