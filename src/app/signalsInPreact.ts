/**
 * Components re-render when a signal they read while rendering changes: the one part of
 * @preact/signals this app uses, on @preact/signals-core. The full package also brings hooks,
 * signal-as-text bindings and devtools support, which cost the first screen about 1.5 KB gzip.
 * main.tsx (and the unit-test setup) install it before anything renders.
 */
import { effect } from '@preact/signals-core';
import { Fragment, options, type Component, type FunctionComponent, type VNode } from 'preact';

type Instance = Component & { stopTracking?: () => void };

const wrapperOf = new WeakMap<FunctionComponent, FunctionComponent>();
const wrappers = new WeakSet<FunctionComponent>();

function tracked(render: FunctionComponent): FunctionComponent {
  function Tracked(this: Instance, props: object, context: unknown) {
    this.stopTracking?.();
    let output: ReturnType<FunctionComponent> = null;
    let rendering = true;
    // The effect runs the render once and records the signals it reads. A change to one of them
    // re-runs the effect, which only queues an ordinary re-render; that render records afresh.
    this.stopTracking = effect(() => {
      if (rendering) output = render.call(this, props, context);
      else this.forceUpdate();
    });
    rendering = false;
    this.componentWillUnmount = () => this.stopTracking?.();
    return output;
  }
  Tracked.displayName = render.displayName ?? render.name;
  wrappers.add(Tracked);
  return Tracked;
}

/** Wraps every function component (not Fragment, not classes) in a tracking one, once per component. */
export function installSignalTracking(): void {
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    const type = vnode.type;
    if (typeof type === 'function' && type !== Fragment && !type.prototype?.render && !wrappers.has(type as FunctionComponent)) {
      let wrapper = wrapperOf.get(type as FunctionComponent);
      if (!wrapper) wrapperOf.set(type as FunctionComponent, (wrapper = tracked(type as FunctionComponent)));
      vnode.type = wrapper;
    }
    previous?.(vnode);
  };
}
