/**
 * A plain drawing of a tablet showing one settings screen, with the item to tap highlighted
 * (HTTPS onboarding). Not a likeness of any device: a title, a few rows, and a finger mark on
 * the one that matters, so the staff recognise the screen they are looking for.
 */

export interface FigureRow {
  label: string;
  /** The item to tap. */
  hi?: boolean;
  /** Drawn as a switch (on) at the row's end. */
  toggle?: boolean;
  /** Drawn as a button rather than a list row. */
  button?: boolean;
  /** A file row: a small document glyph before the label. */
  file?: boolean;
}

export interface FigureScreen {
  kind: 'android' | 'ipad';
  title: string;
  rows: FigureRow[];
  /** A system question over the screen; its `ok` button is the one to tap. */
  dialog?: { lines: string[]; ok: string; cancel: string };
}

const W = 200;
const H = 150;
const SCREEN = { x: 12, y: 10, w: 176, h: 130 };
const ROW_H = 19;

function Tap({ x, y }: { x: number; y: number }) {
  return (
    <g className="fig-tap">
      <circle cx={x} cy={y} r={8} opacity={0.3} />
      <circle cx={x} cy={y} r={3.5} />
    </g>
  );
}

function Row({ row, y }: { row: FigureRow; y: number }) {
  const left = SCREEN.x + 8;
  const width = SCREEN.w - 16;
  if (row.button) {
    const bw = 84;
    const bx = SCREEN.x + (SCREEN.w - bw) / 2;
    return (
      <g>
        <rect
          x={bx}
          y={y + 2}
          width={bw}
          height={ROW_H - 3}
          rx={8}
          className={row.hi ? 'fig-button hi' : 'fig-button'}
        />
        <text x={bx + bw / 2} y={y + 14} textAnchor="middle" className="fig-button-text">
          {row.label}
        </text>
        {row.hi && <Tap x={bx + bw - 10} y={y + 12} />}
      </g>
    );
  }
  return (
    <g>
      <rect
        x={left - 4}
        y={y}
        width={width + 8}
        height={ROW_H - 2}
        rx={3}
        className={row.hi ? 'fig-row hi' : 'fig-row'}
      />
      {row.file && <path className="fig-file" d={`M${left} ${y + 3}h7l3 3v8h-10z`} />}
      <text x={left + (row.file ? 14 : 2)} y={y + 12} className="fig-row-text">
        {row.label}
      </text>
      {row.toggle ? (
        <g>
          <rect x={left + width - 22} y={y + 4} width={20} height={10} rx={5} className="fig-toggle" />
          <circle cx={left + width - 7} cy={y + 9} r={4} fill="#fff" />
        </g>
      ) : (
        <path className="fig-chevron" d={`M${left + width - 6} ${y + 5}l4 4-4 4`} />
      )}
      {/* Beside a switch, not over it, so the switch still reads as on. */}
      {row.hi && <Tap x={left + width - (row.toggle ? 34 : 20)} y={y + 10} />}
    </g>
  );
}

function Dialog({ dialog }: { dialog: NonNullable<FigureScreen['dialog']> }) {
  const bx = 38;
  const by = 42;
  const bw = 124;
  const bh = 22 + dialog.lines.length * 11;
  return (
    <g>
      <rect x={SCREEN.x} y={SCREEN.y} width={SCREEN.w} height={SCREEN.h} className="fig-dim" />
      <rect x={bx} y={by} width={bw} height={bh + 18} rx={7} fill="#fff" />
      {dialog.lines.map((line, i) => (
        <text key={i} x={W / 2} y={by + 14 + i * 11} textAnchor="middle" className="fig-dialog-text">
          {line}
        </text>
      ))}
      <line x1={bx} x2={bx + bw} y1={by + bh} y2={by + bh} className="fig-line" />
      <line x1={W / 2} x2={W / 2} y1={by + bh} y2={by + bh + 18} className="fig-line" />
      <text x={bx + bw / 4} y={by + bh + 12} textAnchor="middle" className="fig-dialog-cancel">
        {dialog.cancel}
      </text>
      <rect x={W / 2 + 2} y={by + bh + 2} width={bw / 2 - 4} height={14} rx={3} className="fig-row hi" />
      <text x={bx + (bw * 3) / 4} y={by + bh + 12} textAnchor="middle" className="fig-dialog-ok">
        {dialog.ok}
      </text>
      <Tap x={bx + bw - 12} y={by + bh + 9} />
    </g>
  );
}

export function DeviceFigure({ screen }: { screen: FigureScreen }) {
  const rowsTop = SCREEN.y + 26;
  return (
    <svg className="device-figure" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={screen.title}>
      <rect x={1} y={1} width={W - 2} height={H - 2} rx={14} className="fig-body" />
      <rect x={SCREEN.x} y={SCREEN.y} width={SCREEN.w} height={SCREEN.h} rx={4} className="fig-screen" />
      <circle cx={W / 2} cy={5.5} r={1.6} className="fig-camera" />
      <rect x={SCREEN.x} y={SCREEN.y} width={SCREEN.w} height={22} rx={4} className="fig-titlebar" />
      <text x={SCREEN.x + 10} y={SCREEN.y + 15} className="fig-title">
        {screen.title}
      </text>
      {screen.rows.map((row, i) => (
        <Row key={i} row={row} y={rowsTop + i * ROW_H} />
      ))}
      {screen.kind === 'android' ? (
        // Android's navigation bar: back, home, recent.
        <g className="fig-nav">
          <path d={`M${W / 2 - 30} ${H - 15}l4 -3v6z`} />
          <circle cx={W / 2} cy={H - 15} r={2.6} />
          <rect x={W / 2 + 27} y={H - 17.5} width={5} height={5} rx={1} />
        </g>
      ) : (
        // iPadOS's home indicator.
        <rect x={W / 2 - 22} y={H - 16} width={44} height={2.5} rx={1.25} className="fig-home" />
      )}
      {screen.dialog && <Dialog dialog={screen.dialog} />}
    </svg>
  );
}
