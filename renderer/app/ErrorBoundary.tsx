import { Component, Fragment, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n';
import { useErrorLogStore } from '../stores/errorLogStore';

interface Props {
  children: ReactNode;
  /** Where it stands, for the log: 'scherm' (the main content) or 'app' (everything). */
  where: string;
  /** 'screen': a way back to the start screen and a reload; 'app': only a reload. */
  variant: 'screen' | 'app';
  /** Before the tree is mounted again: back to where a profile starts. */
  onHome?: () => void;
  /** A change (another profile) clears the error: the new screen gets its chance. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  /** Bumped to mount the children afresh, without state left from the failed render. */
  mount: number;
}

/**
 * Catches what a screen throws while rendering, instead of leaving a blank window: a message, a
 * way back and a reload, and the error goes to the log file (through the error log store).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, mount: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    void useErrorLogStore.getState().logError(error, this.props.where, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.error && !Object.is(prev.resetKey, this.props.resetKey)) this.setState((s) => ({ error: null, mount: s.mount + 1 }));
  }

  private home = () => {
    this.props.onHome?.();
    this.setState((s) => ({ error: null, mount: s.mount + 1 }));
  };

  override render(): ReactNode {
    const { error, mount } = this.state;
    if (error) return <ErrorFallback variant={this.props.variant} message={`${error.name}: ${error.message}`} onHome={this.home} onReload={() => window.location.reload()} />;
    return <Fragment key={mount}>{this.props.children}</Fragment>;
  }
}

interface FallbackProps {
  variant: 'screen' | 'app';
  message: string;
  onHome(): void;
  onReload(): void;
}

/** What the user sees instead of the screen that failed. */
export function ErrorFallback({ variant, message, onHome, onReload }: FallbackProps) {
  const { t } = useT();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Keyboard and screen-reader users land on the message, not somewhere in a vanished screen.
    titleRef.current?.focus();
  }, []);
  return (
    <section className="crash" role="alert" aria-labelledby="crash-title" data-testid="error-boundary">
      <h2 id="crash-title" className="crash__title" tabIndex={-1} ref={titleRef}>
        {t(variant === 'screen' ? 'crash.title' : 'crash.appTitle')}
      </h2>
      <p className="crash__body">{t(variant === 'screen' ? 'crash.body' : 'crash.appBody')}</p>
      <div className="crash__actions">
        {variant === 'screen' && (
          <button type="button" className="btn btn--primary" data-testid="error-boundary-home" onClick={onHome}>
            {t('crash.home')}
          </button>
        )}
        <button type="button" className={variant === 'screen' ? 'btn' : 'btn btn--primary'} data-testid="error-boundary-reload" onClick={onReload}>
          {t('crash.reload')}
        </button>
      </div>
      <details className="crash__details">
        <summary>{t('crash.details')}</summary>
        <code data-testid="error-boundary-message">{message}</code>
      </details>
    </section>
  );
}
