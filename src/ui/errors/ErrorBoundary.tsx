/**
 * A page that throws while rendering must not blank the app. This boundary catches
 * the error and shows `fallback` instead of its children; it starts over when
 * `resetKey` changes (the learner went elsewhere) or when the fallback calls `retry`.
 * It renders nothing of its own and never touches the learner's saved progress.
 */
import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  children: ReactNode;
  /** When this changes, a caught error is forgotten and the children render again. */
  resetKey?: string;
  fallback: (error: unknown, retry: () => void) => ReactNode;
}

interface State {
  /** Wrapped, so that a thrown `undefined` or `null` still counts as caught. */
  caught?: { error: unknown };
  /** The `resetKey` the caught error belongs to. */
  key: string | undefined;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { caught: { error } };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { key: props.resetKey, caught: undefined };
  }

  retry = (): void => this.setState({ caught: undefined });

  override render(): ReactNode {
    const { caught } = this.state;
    return caught ? this.props.fallback(caught.error, this.retry) : this.props.children;
  }
}
