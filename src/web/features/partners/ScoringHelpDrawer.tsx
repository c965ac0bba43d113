import { Code, Drawer, List, Stack, Text, Title } from '@mantine/core';
import { matchComponents } from '../../../common/matching.ts';
import { combinationModel, componentModel, type ModelSection } from './scoringModel.ts';

function Section({ section, index }: { section: ModelSection; index?: number }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {index === undefined ? section.title : `${index}. ${section.title}`}
      </Text>
      <Text size="sm">{section.text}</Text>
      {section.formula && (
        <Code block fz="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {section.formula}
        </Code>
      )}
    </Stack>
  );
}

/** "How is this scored?": the model, component by component, as the server computes it. */
export function ScoringHelpDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title="How is this scored?">
      <Stack gap="md" data-testid="scoring-help">
        <Text size="sm" c="dimmed">
          Each candidate gets eight component scores between 0 and 100. The overall score combines them with your
          weights, then applies the penalties below. Every suggestion lists the concrete needs and offers that matched,
          so you can check the reasoning yourself.
        </Text>
        <Title order={3} size="h5">
          The components
        </Title>
        {matchComponents.map((name, i) => (
          <Section key={name} section={componentModel[name]} index={i + 1} />
        ))}
        <Title order={3} size="h5">
          Putting them together
        </Title>
        {combinationModel.map((section) => (
          <Section key={section.title} section={section} />
        ))}
        <Title order={3} size="h5">
          Good to know
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            Only organizations in the chosen network are suggested, and private offers and needs never count.
          </List.Item>
          <List.Item>
            An organization that covers none of your needs and has no need you cover is not suggested, however close its
            fit; asking who can fill a need lists only those that fill it at least in part.
          </List.Item>
          <List.Item>Dismissed candidates are not suggested again; saved ones are marked.</List.Item>
          <List.Item>Contact details are shared only when the other side accepts an introduction.</List.Item>
        </List>
      </Stack>
    </Drawer>
  );
}
