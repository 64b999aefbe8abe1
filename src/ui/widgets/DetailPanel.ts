import type Phaser from 'phaser';
import { OKABE_ITO, THEME } from '../view/palette';
import type { Detail } from '../view/yearDetail';
import { EffectTable } from './EffectTable';
import { addText, drawPanel, type Rect } from './theme';

/** What the focused control is, and what it is expected to do to every headline figure. */
export class DetailPanel {
  private readonly title: Phaser.GameObjects.Text;
  private readonly body: Phaser.GameObjects.Text;
  private readonly note: Phaser.GameObjects.Text;
  private readonly table: EffectTable;
  private last = '';
  private readonly rect: Rect;

  constructor(scene: Phaser.Scene, rect: Rect) {
    const g = scene.add.graphics();
    drawPanel(g, rect, THEME.panel, THEME.panelBorder, 10);
    this.title = addText(scene, rect.x + 14, rect.y + 10, '', 18, { bold: true });
    this.body = addText(scene, rect.x + 14, rect.y + 36, '', 16, { colour: THEME.muted, wrap: rect.width - 28, maxLines: 2 });
    // The score line shares the title's line, on the right, as long as there is room for it.
    this.note = addText(scene, rect.x + rect.width - 14, rect.y + 12, '', 16, { bold: true, colour: OKABE_ITO.yellow }).setOrigin(1, 0);
    this.rect = rect;
    this.table = new EffectTable(scene, rect.x + 14, rect.y + 84, rect.width - 28, 2);
  }

  show(detail: Detail): void {
    const signature = JSON.stringify(detail);
    if (signature === this.last) return;
    this.last = signature;
    this.title.setText(detail.title);
    this.body.setText(detail.body);
    // The longest wording that fits beside the title: in full, then shorter, never cut mid-word.
    const room = this.rect.width - 28 - this.title.width - 24;
    const choices = detail.note ? noteWordings(detail.note) : [''];
    this.note.setText(choices[choices.length - 1]!);
    for (const text of choices) {
      this.note.setText(text);
      if (this.note.width <= room) break;
    }
    if (detail.rows && detail.rows.length > 0) this.table.setRows(detail.rows);
    else this.table.setMessage(detail.message ?? '');
  }
}

/** A score note in full, then without "if nothing else changes", then the score alone. */
export function noteWordings(note: string): string[] {
  const short = note.replace(' if nothing else changes', '');
  const shortest = short.replace(/; a gamble: .*$/, ' (a gamble)').replace(/^Final score/, 'Score');
  return [...new Set([note, short, shortest])];
}
