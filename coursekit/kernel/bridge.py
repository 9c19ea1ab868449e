"""The only channel between the grader and the student's kernel: plain data both ways.

The grader sends small requests (look up a name, call a handle, read an attribute; a call can also ask
for its arguments back as the call left them, coursekit.testcall.call_seeing_arguments). The kernel
answers with plain data: numbers (an exact `fractions.Fraction` as its two integers), strings, lists, dicts, NumPy
arrays as raw bytes, or an opaque handle for any other object. No pickles cross, and no test code, expected value
or comparison ever runs in the student's kernel: an object whose `__eq__` always returns True can only arrive
here as a handle, and a handle is equal to nothing but itself. (validate's recheck of public tests, a wrong
variant's failed ones and a right answer's passed ones, coursekit.grading.testing.recheck_in_kernel, runs them in
the kernel on purpose; it never grades a class.)

The kernel's half (KERNEL_CODE) is a convenience, not a guarantee: the student controls the kernel
and may replace it. So the grader's half trusts nothing it receives. It decodes plain data only
and imports nothing a reply names (a module, like any other object, stays a handle); it bounds
every reply: its size in bytes before parsing (`MAX_REPLY_BYTES`), its nesting depth, the number
of items, and the memory an array or a string array would take, before allocating it; and it
bounds time per test, not per request (`StudentKernel.deadline`), as well as the number of
requests one test may make, so a value that unfolds forever (a handle that claims to be a sequence
of more such handles) costs one test its time limit and nothing more.
"""

from __future__ import annotations

import base64
import builtins
import functools
import json
import math
import time
from fractions import Fraction
from typing import Any, Callable

import numpy as np

from ..testcall import MissingName

REPLY_MIME = "application/vnd.coursekit.reply"
MODULE_NAME = "__coursekit_bridge__"
MAX_REPLY_BYTES = 64 * 2**20
MAX_DEPTH = 64
MAX_ITEMS = 2_000_000  # list items, dict entries and string-array elements in one reply
MAX_ARRAY_BYTES = 512 * 2**20  # what one decoded array may occupy in the grader
MAX_REQUESTS_PER_TEST = 100_000
NUMERIC_KINDS = "biufc"

# Runs once in the student's kernel, after the notebook. It lives in its own module object, so
# student code that ran earlier cannot have replaced it; it imports only the standard library
# and NumPy.
KERNEL_CODE = r'''
def __coursekit_install():
    import base64, fractions, json, sys, traceback, types
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
        if type(x) is fractions.Fraction:  # an exact answer stays exact (a subclass stays a handle)
            return {"__fraction__": [int.__int__(x.numerator), int.__int__(x.denominator)]}
        if isinstance(x, tuple) and not stored_elsewhere(x, tuple):
            return {"__tuple__": [plain(v) for v in tuple.__iter__(x)]}
        if isinstance(x, list) and not stored_elsewhere(x, list):
            return [plain(v) for v in list.__iter__(x)]
        if isinstance(x, dict) and not stored_elsewhere(x, dict):
            return {"__dict__": [[plain(k), plain(v)] for k, v in dict.items(x)]}
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
        # Tensors and variables of every Keras backend the course runs on (JAX arrays' module is jaxlib's).
        if not (isinstance(x, np.ndarray) or (module.split(".")[0] in ("tensorflow", "keras", "tf_keras", "jax", "jaxlib")
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
            if "__fraction__" in x:
                return fractions.Fraction(*x["__fraction__"])
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
            value = target(*args, **kwargs)
            # The arguments as the call left them too, when asked: a change made in place shows only here.
            return {"value": plain([value, args, kwargs] if request.get("arguments") else value)}
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


BUILTIN_EXCEPTIONS = frozenset(name for name, value in vars(builtins).items()
                               if isinstance(value, type) and issubclass(value, BaseException))
# The errors the course's libraries raise at a student's mistake (TensorFlow's tf.errors, on a shape that does not
# fit; NumPy's; pandas' parser): fixed names, so naming them in a message can carry nothing the student chose.
LIBRARY_EXCEPTIONS = frozenset({
    "AbortedError", "AlreadyExistsError", "CancelledError", "DataLossError", "DeadlineExceededError",
    "FailedPreconditionError", "InternalError", "InvalidArgumentError", "NotFoundError", "OutOfRangeError",
    "PermissionDeniedError", "ResourceExhaustedError", "UnauthenticatedError", "UnavailableError", "UnimplementedError",
    "UnknownError", "OperatorNotAllowedInGraphError", "AxisError", "DTypePromotionError", "LinAlgError",
    "EmptyDataError", "ParserError"})
KNOWN_EXCEPTIONS = BUILTIN_EXCEPTIONS | LIBRARY_EXCEPTIONS


class StudentCodeError(Exception):
    """The student's code raised; `kind` names the student's exception and str() is its own message, as str() of
    that exception is in the kernel: a test's f"{type(error).__name__}: {error}" reads the same in both places."""

    def __init__(self, kind: str, message: str, traceback: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.traceback = traceback

    def __reduce__(self) -> tuple[Any, ...]:
        # By the factory, not the class: a class named after the student's exception is made at run time.
        return student_code_error, (self.kind, self.message, self.traceback)


def student_code_error(kind: str, message: str, traceback: str = "") -> StudentCodeError:
    """A StudentCodeError whose class bears the name of the student's exception when it is one of Python's built-in
    exceptions or a library's (KNOWN_EXCEPTIONS): a test that reports `type(error).__name__` then says "ValueError"
    or "InvalidArgumentError" in the grader, as it does when grader.check runs it in the kernel. Any other name stays
    StudentCodeError (a class can be named after the value it was given, and a test's words may reach the student)."""
    return (_named_after(kind) if kind in KNOWN_EXCEPTIONS else StudentCodeError)(kind, message, traceback)


@functools.cache
def _named_after(kind: str) -> type[StudentCodeError]:
    return type(kind, (StudentCodeError,), {"__module__": __name__})


class BridgeFailure(Exception):
    """The kernel did not answer (timed out, died, or its reply was unreadable or too large).

    Its message is the grader's own words: it never quotes the kernel.
    """


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
        return self._kernel.ask(self._call_request(args, kwargs))

    def _call_request(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> dict[str, Any]:
        return {"op": "call", "target": self._key, "args": [to_wire(a) for a in args],
                "kwargs": {k: to_wire(v) for k, v in kwargs.items()}}

    def _call_seeing_arguments(self, args: tuple[Any, ...],
                               kwargs: dict[str, Any]) -> tuple[Any, tuple[Any, ...], dict[str, Any]]:
        """coursekit.testcall.call_seeing_arguments in the grader: the kernel calls with its own copies of the
        arguments and sends them back as the call left them."""
        reply = self._kernel.ask(dict(self._call_request(args, kwargs), arguments=True))
        if not (isinstance(reply, list) and len(reply) == 3 and isinstance(reply[1], list)
                and isinstance(reply[2], dict) and len(reply[1]) == len(args) and reply[2].keys() == kwargs.keys()):
            raise BridgeFailure("unreadable reply from the kernel")
        return reply[0], tuple(reply[1]), reply[2]

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


def remote_handle(kernel: "StudentKernel", key: int, type_name: str) -> RemoteHandle:
    """A handle whose class bears the short name of the student's type (`generator`, `EagerTensor`, `Functional`),
    so that a public test's message "got {type(value).__name__}" names what the student returned, as it does when
    grader.check runs the test in the kernel, not "RemoteHandle". Hidden tests show no message, so the name, which
    the student's code chooses, reaches no feedback from them."""
    return _handle_class(type_name.rpartition(".")[2])(kernel, key, type_name)


@functools.lru_cache(maxsize=256)   # bounded: a submission can make any number of types
def _handle_class(short_name: str) -> type[RemoteHandle]:
    if not short_name.isidentifier():
        return RemoteHandle
    return type(short_name, (RemoteHandle,), {"__slots__": (), "__module__": __name__})


class StudentKernel:
    """Grader-side end of the bridge; `run(code, seconds)` executes code in the kernel and returns its outputs.

    `begin_test(seconds)` starts one test's time budget: every request of that test shares it.
    """

    def __init__(self, run: Callable[[str, float], list[dict[str, Any]]], test_timeout: float) -> None:
        self._run = run
        self.test_timeout = test_timeout
        self.deadline = math.inf
        self.requests = 0

    def begin_test(self, seconds: float | None = None) -> None:
        self.deadline = time.monotonic() + (seconds or self.test_timeout)
        self.requests = 0

    def ask(self, request: dict[str, Any]) -> Any:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise BridgeFailure(f"Your code did not finish within {self.test_timeout:g} s.")
        self.requests += 1
        if self.requests > MAX_REQUESTS_PER_TEST:
            raise BridgeFailure(f"The test needed more than {MAX_REQUESTS_PER_TEST} requests to your kernel; "
                                "the value your code returned never ends.")
        reply = read_reply(self._run(request_code(request), min(remaining, self.test_timeout)))
        if not isinstance(reply, dict):
            raise BridgeFailure("unreadable reply from the kernel")
        if "error" in reply:
            error = reply["error"] if isinstance(reply["error"], dict) else {}
            raise student_code_error(str(error.get("type", "Exception"))[:200], str(error.get("message", ""))[:2000],
                                     str(error.get("traceback", ""))[:4000])
        if "missing" in reply:
            raise MissingName(str(request.get("name")))
        if "value" not in reply:
            raise BridgeFailure("unreadable reply from the kernel")
        return Decoder(self).decode(reply["value"])

    def lookup(self, name: str) -> Any:
        return self.ask({"op": "lookup", "name": name})


def read_reply(outputs: list[dict[str, Any]]) -> Any:
    """The parsed reply among the outputs of code run in the kernel; BridgeFailure when there is none or it is
    too large or unreadable."""
    for output in outputs:
        data = output.get("data")
        body = data.get(REPLY_MIME) if isinstance(data, dict) else None
        if body is None:
            continue
        if not isinstance(body, str) or len(body) > MAX_REPLY_BYTES:
            raise BridgeFailure(f"the kernel's reply is larger than {MAX_REPLY_BYTES // 2**20} MiB")
        try:
            return json.loads(body)
        except (ValueError, RecursionError):
            raise BridgeFailure("unreadable reply from the kernel") from None
    raise BridgeFailure("the kernel gave no reply")


class Decoder:
    """Turns one reply's plain data into grader-side values, within the bridge's bounds."""

    def __init__(self, kernel: StudentKernel) -> None:
        self.kernel = kernel
        self.items = 0

    def decode(self, value: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise BridgeFailure(f"the value is nested more than {MAX_DEPTH} levels deep")
        if value is None or type(value) in (bool, int, float, str):
            return value
        if isinstance(value, list):
            self._count(len(value))
            return [self.decode(v, depth + 1) for v in value]
        if not isinstance(value, dict):
            raise BridgeFailure("unreadable reply from the kernel")
        if "__handle__" in value:
            return self._handle(value)
        if "__ndarray__" in value:
            return self._array(value)
        if "__strarray__" in value:
            return self._string_array(value["__strarray__"])
        if "__fraction__" in value:
            return _fraction(value["__fraction__"])
        if "__tuple__" in value and isinstance(value["__tuple__"], list):
            return tuple(self.decode(value["__tuple__"], depth))
        if "__dict__" in value and isinstance(value["__dict__"], list):
            self._count(len(value["__dict__"]))
            return {_hashable(self.decode(self._pair(p)[0], depth + 1)): self.decode(self._pair(p)[1], depth + 1)
                    for p in value["__dict__"]}
        raise BridgeFailure("unreadable reply from the kernel")

    def _count(self, n: int) -> None:
        self.items += n
        if self.items > MAX_ITEMS:
            raise BridgeFailure(f"the value holds more than {MAX_ITEMS} items")

    @staticmethod
    def _pair(pair: Any) -> list[Any]:
        if not isinstance(pair, list) or len(pair) != 2:
            raise BridgeFailure("unreadable reply from the kernel")
        return pair

    def _handle(self, value: dict[str, Any]) -> "RemoteHandle":
        key, type_name = value["__handle__"], value.get("type")
        if type(key) is not int or not isinstance(type_name, str):
            raise BridgeFailure("unreadable reply from the kernel")
        return remote_handle(self.kernel, key, type_name[:200])

    @staticmethod
    def _array(value: dict[str, Any]) -> Any:
        try:
            dtype = np.dtype(value["dtype"])
            shape = tuple(int(n) for n in value["shape"])
            raw = value["__ndarray__"]
        except (TypeError, ValueError, KeyError):
            raise BridgeFailure("unreadable array from the kernel") from None
        if dtype.kind not in NUMERIC_KINDS or dtype.hasobject or len(shape) > 32 or any(n < 0 for n in shape):
            raise BridgeFailure("unreadable array from the kernel")
        if not isinstance(raw, str) or len(raw) > MAX_REPLY_BYTES:
            raise BridgeFailure("unreadable array from the kernel")
        data = base64.b64decode(raw, validate=True) if raw else b""
        if len(data) != math.prod(shape) * dtype.itemsize:
            raise BridgeFailure("unreadable array from the kernel")
        array = np.frombuffer(data, dtype=dtype).reshape(shape).copy()
        return array[()] if value.get("scalar") else array  # NumPy scalars keep their dtype

    def _string_array(self, nested: Any) -> np.ndarray:
        """A string array, refused before allocation when it would be too large (width x count)."""
        count, widest, stack = 0, 0, [(nested, 0)]
        while stack:
            item, depth = stack.pop()
            if isinstance(item, str):
                count, widest = count + 1, max(widest, len(item))
            elif isinstance(item, list) and depth <= 32:
                self._count(len(item))
                stack.extend((v, depth + 1) for v in item)
            else:
                raise BridgeFailure("unreadable string array from the kernel")
        if count * max(widest, 1) * 4 > MAX_ARRAY_BYTES:
            raise BridgeFailure(f"the string array would take more than {MAX_ARRAY_BYTES // 2**20} MiB")
        try:
            return np.array(nested, dtype=str)
        except ValueError:  # ragged nesting
            raise BridgeFailure("unreadable string array from the kernel") from None


def _fraction(pair: Any) -> Fraction:
    """An exact fraction from its numerator and positive denominator, both plain ints (JSON already bounds their
    length: Python refuses to parse an integer of more than 4,300 digits)."""
    if not (isinstance(pair, list) and len(pair) == 2 and all(type(n) is int for n in pair) and pair[1] > 0):
        raise BridgeFailure("unreadable fraction from the kernel")
    return Fraction(pair[0], pair[1])


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
    if isinstance(value, Fraction):
        return {"__fraction__": [value.numerator, value.denominator]}
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
