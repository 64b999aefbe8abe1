import type { Session } from '../../store/session';
import { FlywheelScene } from '../sceneBase';
import { THEME } from '../view/palette';
import { Button } from '../widgets/Button';
import { GuideView } from '../widgets/GuideView';
import { addText, drawPanel } from '../widgets/theme';
import { guideDom } from '../dom/guideDom';

export interface GuideEntry {
  title: string;
  show: (view: GuideView) => void;
}

/** The shared frame of the two reading scenes: a header, pages, and keys to turn them. */
export abstract class GuideScene extends FlywheelScene {
  private page = 0;
  private dom: (() => Node[]) | null = null;

  constructor(key: string, session: Session, private readonly heading: string) {
    super(key, session);
  }

  protected abstract entries(): GuideEntry[];

  create(): void {
    this.begin();
    this.page = 0;
    const entries = this.entries();
    const g = this.add.graphics();
    drawPanel(g, { x: 0, y: 0, width: 1280, height: 60 }, THEME.panel, THEME.panel, 0, 0);
    addText(this, 24, 12, this.heading, 30, { bold: true });
    const pageTitle = addText(this, 640, 18, '', 22, { bold: true }).setOrigin(0.5, 0);
    const counter = addText(this, 1256, 22, '', 16, { colour: THEME.muted }).setOrigin(1, 0);
    const view = new GuideView(this, { x: 24, y: 76, width: 1232, height: 574 });
    const turn = (step: number) => {
      this.page = (this.page + step + entries.length) % entries.length;
      const entry = entries[this.page]!;
      pageTitle.setText(entry.title);
      counter.setText(`page ${this.page + 1} of ${entries.length}`);
      entry.show(view);
    };
    const previous = new Button(this, { id: 'previous', x: 24, y: 664, width: 220, height: 44, label: '\u25C0 Previous', size: 17, onActivate: () => turn(-1), onHover: () => this.focus('previous') });
    const next = new Button(this, { id: 'next', x: 256, y: 664, width: 220, height: 44, label: 'Next \u25B6', size: 17, onActivate: () => turn(1), onHover: () => this.focus('next') });
    const back = new Button(this, { id: 'back', x: 1036, y: 664, width: 220, height: 44, label: 'Back', hotkey: 'Esc', size: 17, onActivate: () => this.session.back(), onHover: () => this.focus('back') });
    addText(this, 500, 676, '\u2190 \u2192 turn the page', 16, { colour: THEME.muted });
    this.controls = [
      { id: 'previous', ...previous.bounds, activate: () => turn(-1) },
      { id: 'next', ...next.bounds, activate: () => turn(1) },
      { id: 'back', ...back.bounds, activate: () => this.session.back() },
    ];
    this.onKeys((name) => {
      switch (name) {
        case 'left': turn(-1); return true;
        case 'right': turn(1); return true;
        case 'escape': case 'backspace': this.session.back(); return true;
        case 'enter': this.focused()?.activate?.(); return true;
        default: return false;
      }
    });
    this.dom = () => guideDom(this.heading, pageTitle.text, counter.text, view.shown);
    turn(0);
    this.focus('next');
    this.fadeIn(200);
    this.ready();
    this.drawFocus();
  }

  protected override domContent(): Node[] | null {
    return this.dom?.() ?? null;
  }
}
