import { createNodeBorderProgram } from '@sigma/node-border';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import type { MapEdgeAttributes, MapModel, MapNodeAttributes } from '../mapGraph.ts';

// The WebGL map. Sigma is created once per snapshot; React never re-renders per frame: selection
// and what-if marks reach the node and edge reducers through a ref, followed by one refresh.

export interface MapFocus {
  selected: string | null;
  /** Members marked for the what-if removal. */
  removed: ReadonlySet<string>;
}

interface SigmaMapProps {
  model: MapModel;
  focus: MapFocus;
  onSelect: (orgId: string | null) => void;
  onReady: (sigma: Sigma<MapNodeAttributes, MapEdgeAttributes> | null) => void;
}

interface FocusState extends MapFocus {
  neighbors: Set<string>;
}

const dimmedColor = '#e9ecef';
const removedColor = '#868e96';

const BorderedNodeProgram = createNodeBorderProgram<MapNodeAttributes, MapEdgeAttributes>({
  borders: [
    { size: { value: 0.3 }, color: { attribute: 'borderColor' } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

type NodeDisplay = Partial<NodeDisplayData> & Pick<MapNodeAttributes, 'borderColor'>;

function nodeReducer(focus: FocusState, node: string, data: MapNodeAttributes): NodeDisplay {
  if (focus.removed.has(node)) return { ...data, color: removedColor, forceLabel: true, zIndex: 2 };
  if (focus.selected === null) return data;
  if (node === focus.selected) return { ...data, highlighted: true, forceLabel: true, zIndex: 3 };
  if (focus.neighbors.has(node)) return { ...data, forceLabel: focus.neighbors.size <= 30, zIndex: 1 };
  return { ...data, color: dimmedColor, borderColor: dimmedColor, label: null, zIndex: 0 };
}

export function SigmaMap({ model, focus, onSelect, onReady }: SigmaMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<MapNodeAttributes, MapEdgeAttributes> | null>(null);
  const focusRef = useRef<FocusState>({ selected: null, removed: new Set(), neighbors: new Set() });
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const { graph } = model;
    const large = graph.order > 2000;
    const sigma = new Sigma<MapNodeAttributes, MapEdgeAttributes>(graph, container, {
      nodeProgramClasses: { bordered: BorderedNodeProgram },
      // On big maps ties are hairlines without arrowheads: a third of the triangles to fill.
      ...(large ? { edgeProgramClasses: { line: EdgeLineProgram, arrow: EdgeLineProgram } } : {}),
      defaultEdgeType: 'line',
      minEdgeThickness: 0.6,
      // Beyond a few thousand members, edges and labels are left out while the camera moves: this
      // keeps panning fluid on laptops without a discrete GPU.
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      labelDensity: large ? 0.4 : 0.8,
      labelRenderedSizeThreshold: large ? 9 : 6,
      labelFont: 'Inter, system-ui, sans-serif',
      zIndex: true,
      nodeReducer: (node, data) => nodeReducer(focusRef.current, node, data),
      edgeReducer: (edge, data) => {
        const { selected, removed } = focusRef.current;
        const [source, target] = graph.extremities(edge);
        if (removed.has(source) || removed.has(target)) return { ...data, hidden: true };
        if (selected === null) return data;
        if (source !== selected && target !== selected) return { ...data, hidden: true };
        // The chosen member's ties stand out, however thin ties are drawn on a big map.
        return { ...data, size: Math.max(data.size, 1.5), zIndex: 1 };
      },
    });
    sigma.on('clickNode', ({ node }) => onSelectRef.current(node));
    sigma.on('clickStage', () => onSelectRef.current(null));
    sigma.on('enterNode', () => container.style.setProperty('cursor', 'pointer'));
    sigma.on('leaveNode', () => container.style.removeProperty('cursor'));
    sigmaRef.current = sigma;
    onReady(sigma);
    return () => {
      onReady(null);
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [model, onReady]);

  useEffect(() => {
    const neighbors = new Set<string>();
    if (focus.selected !== null && model.graph.hasNode(focus.selected)) {
      model.graph.forEachNeighbor(focus.selected, (neighbor) => neighbors.add(neighbor));
    }
    focusRef.current = { ...focus, neighbors };
    sigmaRef.current?.refresh();
  }, [focus, model]);

  return (
    <div
      ref={containerRef}
      data-testid="network-map-canvas"
      style={{ width: '100%', height: '100%', position: 'relative', background: '#fff' }}
    />
  );
}
