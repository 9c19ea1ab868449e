"""The only channel between the grader and the student's kernel: plain data both ways.

The grader sends small requests (look up a name, call a handle, read an attribute). The kernel
answers with plain data: numbers, strings, lists, dicts, NumPy arrays as raw bytes, or an opaque
handle for any other object. No pickles cross, and no test code, expected value or comparison
ever runs in the student's kernel: an object whose `__eq__` always returns True can only arrive
here as a handle, and a handle is equal to nothing but itself.
"""

from __future__ import annotations

import base64
import importlib
import json
from typing import Any, Callable

import numpy as np

REPLY_MIME = "application/vnd.coursekit.reply"
MODULE_NAME = "__coursekit_bridge__"

# Runs once in the student's kernel, after the notebook. It lives in its own module object, so
# student code that ran earlier cannot have replaced it; it imports only the standard library
# and NumPy.
KERNEL_CODE = r'''
def __coursekit_install():
    import base64, json, sys, traceback, types
    import numpy as np
    from IPython import get_ipython
    from IPython.display import publish_display_data

    mod = types.ModuleType("%(module)s")
    objects = {}

    def plain(x):
        if x is None or type(x) in (bool, int, float, str):
            return x
        if isinstance(x, bool):
            return bool(x)
        if isinstance(x, int):
            return int.__int__(x)
        if isinstance(x, float):
            return float.__float__(x)
        if isinstance(x, str):
            return str.__str__(x)
        if isinstance(x, tuple) and not stored_elsewhere(x, tuple):
            return {"__tuple__": [plain(v) for v in tuple.__iter__(x)]}
        if isinstance(x, list) and not stored_elsewhere(x, list):
            return [plain(v) for v in list.__iter__(x)]
        if isinstance(x, dict) and not stored_elsewhere(x, dict):
            return {"__dict__": [[plain(k), plain(v)] for k, v in dict.items(x)]}
        if isinstance(x, types.ModuleType):
            return {"__module__": x.__name__}
        if isinstance(x, np.generic):
            scalar = as_array(np.asarray(x))
            return dict(scalar, scalar=True) if scalar and "__ndarray__" in scalar else plain(x.item())
        array = as_array(x)
        if array is not None:
            return array
        key = len(objects) + 1
        objects[key] = x
        return {"__handle__": key, "type": type(x).__module__ + "." + type(x).__qualname__}

    def stored_elsewhere(x, base):
        # A subclass that keeps its items outside the built-in storage (Keras' ListWrapper) would
        # arrive empty as plain data: it stays a handle instead.
        if type(x) is base:
            return False
        try:
            return base.__len__(x) != len(x)
        except Exception:
            return True

    def as_array(x):
        module = type(x).__module__ or ""
        if not (isinstance(x, np.ndarray) or (module.split(".")[0] in ("tensorflow", "keras", "tf_keras")
                                              and hasattr(x, "__array__"))):
            return None
        try:
            a = np.array(np.asarray(x), copy=True)
        except Exception:
            return None
        if a.dtype.kind in "biufc":
            return {"__ndarray__": base64.b64encode(np.ascontiguousarray(a).tobytes()).decode(),
                    "dtype": a.dtype.str, "shape": list(a.shape)}
        if a.dtype.kind in "US":
            return {"__strarray__": a.astype(str).tolist()}
        return {"__tuple__": [plain(v) for v in a.ravel().tolist()]} if a.dtype.kind == "O" else None

    def unplain(x):
        if isinstance(x, list):
            return [unplain(v) for v in x]
        if isinstance(x, dict):
            if "__handle__" in x:
                return objects[x["__handle__"]]
            if "__ndarray__" in x:
                raw = base64.b64decode(x["__ndarray__"])
                a = np.frombuffer(raw, dtype=np.dtype(x["dtype"])).reshape(x["shape"]).copy()
                return a[()] if x.get("scalar") else a
            if "__strarray__" in x:
                return np.array(x["__strarray__"])
            if "__tuple__" in x:
                return tuple(unplain(v) for v in x["__tuple__"])
            if "__dict__" in x:
                return {unplain(k): unplain(v) for k, v in x["__dict__"]}
        return x

    def perform(request):
        op = request["op"]
        if op == "lookup":
            namespace = get_ipython().user_ns
            if request["name"] not in namespace:
                return {"missing": request["name"]}
            return {"value": plain(namespace[request["name"]])}
        target = objects[request["target"]]
        if op == "call":
            args = unplain(request["args"])
            kwargs = {k: unplain(v) for k, v in request["kwargs"].items()}
            return {"value": plain(target(*args, **kwargs))}
        if op == "getattr":
            return {"value": plain(getattr(target, request["name"]))}
        if op == "getitem":
            return {"value": plain(target[unplain(request["key"])])}
        if op == "len":
            return {"value": len(target)}
        if op == "iter":
            return {"value": [plain(v) for v in target]}
        raise ValueError("unknown request " + repr(op))

    def serve(text):
        try:
            reply = perform(json.loads(text))
        except BaseException as exc:
            frames = traceback.format_exception(type(exc), exc, exc.__traceback__)
            reply = {"error": {"type": type(exc).__name__, "message": str(exc)[:2000],
                               "traceback": "".join(frames[-6:])[-4000:]}}
        try:
            body = json.dumps(reply)
        except (TypeError, ValueError) as exc:
            body = json.dumps({"error": {"type": "TypeError", "message": "unserialisable reply: " + str(exc),
                                         "traceback": ""}})
        publish_display_data({"%(mime)s": body})

    mod.serve = serve
    sys.modules["%(module)s"] = mod

__coursekit_install()
del __coursekit_install
''' % {"module": MODULE_NAME, "mime": REPLY_MIME}


class StudentCodeError(Exception):
    """The student's code raised; the message is the student's own error."""

    def __init__(self, kind: str, message: str, traceback: str = "") -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind
        self.traceback = traceback


class MissingName(Exception):
    """A test needs a name the student's notebook never defined."""


class BridgeFailure(Exception):
    """The kernel did not answer (timed out, died, or its reply was unreadable)."""


def request_code(request: dict[str, Any]) -> str:
    return f"__import__('sys').modules[{MODULE_NAME!r}].serve({json.dumps(request)!r})"


class RemoteHandle:
    """Stands for an object that lives in the student's kernel."""

    __slots__ = ("_kernel", "_key", "type_name")

    def __init__(self, kernel: "StudentKernel", key: int, type_name: str) -> None:
        self._kernel = kernel
        self._key = key
        self.type_name = type_name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._kernel.ask({"op": "call", "target": self._key,
                                 "args": [to_wire(a) for a in args],
                                 "kwargs": {k: to_wire(v) for k, v in kwargs.items()}})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self._kernel.ask({"op": "getattr", "target": self._key, "name": name})

    def __getitem__(self, key: Any) -> Any:
        return self._kernel.ask({"op": "getitem", "target": self._key, "key": to_wire(key)})

    def __len__(self) -> int:
        return int(self._kernel.ask({"op": "len", "target": self._key}))

    def __iter__(self):
        return iter(self._kernel.ask({"op": "iter", "target": self._key}))

    def __repr__(self) -> str:
        return f"<student's {self.type_name}>"


class StudentKernel:
    """Grader-side end of the bridge; `run` executes code in the kernel and returns its outputs."""

    def __init__(self, run: Callable[[str], list[dict[str, Any]]]) -> None:
        self._run = run

    def ask(self, request: dict[str, Any]) -> Any:
        reply = self._reply(self._run(request_code(request)))
        if "error" in reply:
            error = reply["error"]
            raise StudentCodeError(error["type"], error["message"], error.get("traceback", ""))
        if "missing" in reply:
            raise MissingName(reply["missing"])
        return self.from_wire(reply["value"])

    def lookup(self, name: str) -> Any:
        return self.ask({"op": "lookup", "name": name})

    @staticmethod
    def _reply(outputs: list[dict[str, Any]]) -> dict[str, Any]:
        for output in outputs:
            body = output.get("data", {}).get(REPLY_MIME)
            if body is not None:
                try:
                    return json.loads(body)
                except ValueError as exc:
                    raise BridgeFailure(f"unreadable reply from the kernel: {exc}") from None
        errors = [f"{o.get('ename')}: {o.get('evalue')}" for o in outputs if o.get("output_type") == "error"]
        raise BridgeFailure("the kernel gave no reply" + (f" ({errors[0]})" if errors else ""))

    def from_wire(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.from_wire(v) for v in value]
        if not isinstance(value, dict):
            return value
        if "__handle__" in value:
            return RemoteHandle(self, value["__handle__"], value["type"])
        if "__ndarray__" in value:
            raw = base64.b64decode(value["__ndarray__"])
            array = np.frombuffer(raw, dtype=np.dtype(value["dtype"])).reshape(value["shape"]).copy()
            return array[()] if value.get("scalar") else array  # NumPy scalars keep their dtype
        if "__strarray__" in value:
            return np.array(value["__strarray__"])
        if "__tuple__" in value:
            return tuple(self.from_wire(v) for v in value["__tuple__"])
        if "__dict__" in value:
            return {_hashable(self.from_wire(k)): self.from_wire(v) for k, v in value["__dict__"]}
        if "__module__" in value:
            return importlib.import_module(value["__module__"])
        raise BridgeFailure(f"unexpected value from the kernel: {sorted(value)}")


def _hashable(key: Any) -> Any:
    if isinstance(key, RemoteHandle):
        raise BridgeFailure("dictionary keys from student code must be plain data")
    return key


def to_wire(value: Any) -> Any:
    """Encodes an argument the grader passes into student code."""
    if value is None or type(value) in (bool, int, float, str):
        return value
    if isinstance(value, RemoteHandle):
        return {"__handle__": value._key}
    if isinstance(value, np.generic):
        encoded = to_wire(np.asarray(value))
        return dict(encoded, scalar=True) if "__ndarray__" in encoded else to_wire(value.item())
    if isinstance(value, (list, tuple)):
        items = [to_wire(v) for v in value]
        return items if isinstance(value, list) else {"__tuple__": items}
    if isinstance(value, dict):
        return {"__dict__": [[to_wire(k), to_wire(v)] for k, v in value.items()]}
    if not isinstance(value, np.ndarray) and hasattr(value, "__array__"):
        value = np.asarray(value)
    if isinstance(value, np.ndarray):
        if value.dtype.kind in "US":
            return {"__strarray__": value.astype(str).tolist()}
        array = np.ascontiguousarray(value)
        return {"__ndarray__": base64.b64encode(array.tobytes()).decode(), "dtype": array.dtype.str,
                "shape": list(array.shape)}
    raise TypeError(f"a test can pass only plain data or student handles into student code, not {type(value)!r}")
