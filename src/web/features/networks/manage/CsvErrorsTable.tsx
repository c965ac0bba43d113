import { Code, ScrollArea, Table } from '@mantine/core';
import type { CsvRowError } from '../../../api/networks.ts';

export function CsvErrorsTable({ errors }: { errors: CsvRowError[] }) {
  return (
    <ScrollArea.Autosize mah={320}>
      <Table.ScrollContainer minWidth={360}>
        <Table striped verticalSpacing={4} data-testid="csv-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>Row</Table.Th>
              <Table.Th w={160}>Column</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {errors.map((error, index) => (
              <Table.Tr key={`${error.row}-${error.column}-${index}`}>
                <Table.Td>{error.row}</Table.Td>
                <Table.Td>
                  <Code>{error.column}</Code>
                </Table.Td>
                <Table.Td>{error.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ScrollArea.Autosize>
  );
}
