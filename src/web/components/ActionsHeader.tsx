import { Table, VisuallyHidden, type TableThProps } from '@mantine/core';

/** The header of a column of row buttons: no visible text, a name for screen readers. */
export function ActionsHeader(props: TableThProps) {
  return (
    <Table.Th {...props}>
      <VisuallyHidden>Actions</VisuallyHidden>
    </Table.Th>
  );
}
