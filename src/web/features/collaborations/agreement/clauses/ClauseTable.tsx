import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { AddRowButton, NoneYet, RemoveRowButton } from './RowControls.tsx';
import { ActionsHeader } from '../../../../components/ActionsHeader.tsx';

export interface ClauseColumn {
  title: string;
  /** Without a width the column takes a share of what the others leave. */
  w?: number | string;
}

interface ClauseTableProps {
  columns: ClauseColumn[];
  rowCount: number;
  /** Shown instead of the table while there is no row. */
  emptyText: string;
  /** Below this width the table scrolls sideways; without it the table never scrolls. */
  minWidth?: number;
  testId?: string;
  readOnly: boolean;
  addLabel: string;
  onAdd: () => void;
  addDisabled?: boolean;
  /** One ClauseRow per item. */
  children: ReactNode;
}

/** The items of a clause as table rows, with remove and add buttons while the agreement is editable. */
export function ClauseTable(props: ClauseTableProps) {
  const { columns, rowCount, emptyText, minWidth, testId, readOnly, addLabel, onAdd, addDisabled, children } = props;
  const table = (
    <Table verticalSpacing={6} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map(({ title, w }, i) => (
            <Table.Th key={i} w={w}>
              {title}
            </Table.Th>
          ))}
          {!readOnly && <ActionsHeader w={36} />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return (
    <>
      {rowCount === 0 ? (
        <NoneYet>{emptyText}</NoneYet>
      ) : minWidth === undefined ? (
        table
      ) : (
        <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer>
      )}
      {!readOnly && <AddRowButton label={addLabel} onClick={onAdd} disabled={addDisabled} />}
    </>
  );
}

interface ClauseRowProps {
  /** Names the remove button. */
  removeLabel: string;
  onRemove: () => void;
  readOnly: boolean;
  children: ReactNode;
}

export function ClauseRow({ removeLabel, onRemove, readOnly, children }: ClauseRowProps) {
  return (
    <Table.Tr>
      {children}
      {!readOnly && (
        <Table.Td>
          <RemoveRowButton label={removeLabel} onClick={onRemove} />
        </Table.Td>
      )}
    </Table.Tr>
  );
}
