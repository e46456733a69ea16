"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.extend = extend2;
    exports2.indexOf = indexOf;
    exports2.escapeExpression = escapeExpression;
    exports2.isEmpty = isEmpty;
    exports2.createFrame = createFrame;
    exports2.blockParams = blockParams;
    exports2.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar2(chr) {
      return escape[chr];
    }
    function extend2(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports2.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports2.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports2.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports2.isArray = isArray;
    function indexOf(array2, value) {
      for (var i = 0, len = array2.length; i < len; i++) {
        if (array2[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string3) {
      if (typeof string3 !== "string") {
        if (string3 && typeof string3.toHTML === "function") {
          return string3.toHTML();
        } else if (string3 == null) {
          return "";
        } else if (!string3) {
          return string3 + "";
        }
        string3 = "" + string3;
      }
      if (!possible.test(string3)) {
        return string3;
      }
      return string3.replace(badChars, escapeChar2);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame = extend2({}, object);
      frame._parent = object;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node2) {
      var loc = node2 && node2.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports2["default"] = Exception;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    exports2["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports2["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports2["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.registerDefaultHelpers = registerDefaultHelpers;
    exports2.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    exports2["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports2["default"] = logger;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.createProtoAccessControl = createProtoAccessControl;
    exports2.resultIsAllowed = resultIsAllowed;
    exports2.isPrototypeConstructor = isPrototypeConstructor;
    exports2.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports2.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports2.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports2.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports2.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial2) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial2 === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial2;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports2.log = log;
    exports2.createFrame = _utils.createFrame;
    exports2.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function SafeString(string3) {
      this.string = string3;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports2["default"] = SafeString;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports2) {
    "use strict";
    exports2.__esModule = true;
    exports2.checkRevision = checkRevision;
    exports2.template = template;
    exports2.wrapProgram = wrapProgram;
    exports2.resolvePartial = resolvePartial;
    exports2.invokePartial = invokePartial;
    exports2.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial2, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial2 = env.VM.resolvePartial.call(this, partial2, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial2, context, options);
        if (result == null && Utils.isFunction(partial2)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial2 !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial2, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial2, context, options) {
      if (!partial2) {
        if (options.name === "@partial-block") {
          partial2 = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial2 = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial2 !== "function" && !options.name) {
        options.name = partial2;
        partial2 = lookupOwnProperty(options.partials, partial2);
      }
      return partial2;
    }
    function invokePartial(partial2, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial2 === void 0 && partialBlock) {
        partial2 = partialBlock;
      }
      if (partial2 === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial2 instanceof Function) {
        return partial2(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    exports2["default"] = function(Handlebars) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars.noConflict = function() {
        if (globalThis.Handlebars === Handlebars) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars;
      };
    };
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports2, module2) {
    "use strict";
    exports2.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime2 = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime2;
      hb.template = function(spec2) {
        return runtime2.template(spec2, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports2["default"] = inst;
    module2.exports = exports2["default"];
  }
});

// node_modules/handlebars/runtime.js
var require_runtime2 = __commonJS({
  "node_modules/handlebars/runtime.js"(exports2, module2) {
    module2.exports = require_handlebars_runtime()["default"];
  }
});

// lazy-file:status-page
var require_status_page = __commonJS({
  "lazy-file:status-page"(exports2, module2) {
    module2.exports = require("./status-page.js");
  }
});

// src/action/run.ts
var run_exports = {};
__export(run_exports, {
  handlers: () => handlers
});
module.exports = __toCommonJS(run_exports);
var import_node_path = require("node:path");

// src/core/commands/resolve.ts
var SEV_N = /^sev[-_]?([0-9]{1,3})$/i;
function resolveSeverity(word, config2, allowNumber = true) {
  const w = word.trim().toLowerCase();
  const named = config2.severities.find((s) => s.id.toLowerCase() === w || s.label.toLowerCase() === w);
  if (named) return named;
  const rank = SEV_N.exec(w)?.[1] ?? (allowNumber && /^[0-9]{1,3}$/.test(w) ? w : void 0);
  return rank === void 0 ? void 0 : config2.severities.find((s) => s.rank === Number(rank));
}
function resolveRole(word, config2) {
  const w = word.trim().toLowerCase();
  return config2.roles.find((r) => r.id.toLowerCase() === w) ?? config2.roles.find((r) => r.label.toLowerCase() === w || r.name.toLowerCase() === w);
}

// src/core/effects/synthetic.ts
var selfPerson = (login) => ({ login, isBot: true });
function closeEvent(self, at) {
  return { kind: "closed", id: 0, at, actor: selfPerson(self), reason: "completed" };
}
function commentEvent(self, id, body, url, at) {
  return { kind: "commented", id, at, actor: selfPerson(self), body, association: "NONE", url };
}
function predictedEvents(effects, self, at, placeholder) {
  const actor = selfPerson(self);
  return [
    ...effects.addLabels.map((label) => ({ kind: "labeled", id: 0, at, actor, label })),
    ...effects.removeLabels.map((label) => ({ kind: "unlabeled", id: 0, at, actor, label })),
    ...effects.addAssignees.map(
      (assignee) => ({ kind: "assigned", id: 0, at, actor, assignee })
    ),
    ...effects.removeAssignees.map(
      (assignee) => ({ kind: "unassigned", id: 0, at, actor, assignee })
    ),
    ...effects.comments.map((body) => commentEvent(self, placeholder(), body, "", at)),
    ...effects.close ? [closeEvent(self, at)] : []
  ];
}

// src/core/config/config.ts
var COMPONENT_STATES = ["operational", "degraded", "partial-outage", "major-outage"];
var LABELLED_STATUSES = ["investigating", "identified", "mitigated"];

// src/core/state/label-kind.ts
var same = (a, b) => a.toLowerCase() === b.toLowerCase();
var INCIDENT = { kind: "incident" };
var DRILL = { kind: "drill" };
var NOT_AN_INCIDENT = { kind: "not-an-incident" };
var OTHER = { kind: "other" };
function labelKinds(config2) {
  const table = /* @__PURE__ */ new Map();
  const add = (label, kind) => {
    const key = label.toLowerCase();
    if (!table.has(key)) table.set(key, kind);
  };
  add(config2.labels.incident, INCIDENT);
  add(config2.labels.drill, DRILL);
  add(config2.labels.notAnIncident, NOT_AN_INCIDENT);
  for (const level of config2.severities) add(level.label, { kind: "severity", level });
  for (const status of LABELLED_STATUSES) add(statusLabel(config2, status), { kind: "status", status });
  for (const role of config2.roles) add(role.label, { kind: "role", role });
  return (name) => table.get(name.toLowerCase()) ?? OTHER;
}
var statusLabel = (config2, status) => `${config2.labels.statusPrefix}${status}`;
var hasLabel = (labels, name) => labels.some((l) => same(l, name));

// src/core/text/scan.ts
function trimEndOf(text, chars) {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}
function trimStartOf(text, chars) {
  let start = 0;
  while (start < text.length && chars.includes(text.charAt(start))) start++;
  return text.slice(start);
}
function trimPathStart(text) {
  if (!text.startsWith("./")) return trimStartOf(text, "/");
  let start = 0;
  while (text.startsWith("./", start)) start += 2;
  return text.slice(start);
}
function trimPath(text) {
  return trimEndOf(trimPathStart(text), "/");
}
function joinLines(text) {
  return text.replace(/\s+/g, (run) => run.includes("\n") ? " " : run);
}
function trailingDigits(text) {
  let start = text.length;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  return start === text.length ? void 0 : text.slice(start);
}
var isDigit = (code) => code >= 48 && code <= 57;
var isLetter = (code) => (code | 32) >= 97 && (code | 32) <= 122;
function skipBlanks(text, from) {
  let at = from;
  while (at < text.length && (text.charAt(at) === " " || text.charAt(at) === "	")) at++;
  return at;
}
var isSpace = (char) => char !== "" && char.trim() === "";
function skipSpaces(text, from) {
  let at = from;
  while (at < text.length && isSpace(text.charAt(at))) at++;
  return at;
}

// src/core/config/format-problems.ts
var CONFIG_PROBLEMS_MARKER = "<!-- incident-workflow:config-problems -->";
function codeSpan(text) {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = longestRun > 0 ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
function plainMarkdown(text) {
  return text.replace(/[\\*_[\]`#|~]/g, (c) => `\\${c}`).replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@(?=[A-Za-z0-9])/g, "@\u200B");
}
function inlineMessage(message) {
  const line = joinLines(message).trim();
  const parts = line.split("`");
  if (parts.length % 2 === 0) return plainMarkdown(line);
  return parts.map((part, i) => i % 2 === 1 ? codeSpan(part) : plainMarkdown(part)).join("");
}
function countText(problems) {
  return problems.length === 1 ? "1 problem" : `${problems.length} problems`;
}
function formatConfigProblems(problems, file) {
  return [
    CONFIG_PROBLEMS_MARKER,
    `**Incident Workflow could not use ${codeSpan(file)}** (${countText(problems)}):`,
    "",
    ...problems.map((p) => `- ${codeSpan(p.path)}: ${inlineMessage(p.message)}`),
    "",
    "Nothing else was changed. Fix the file on the default branch and the next event on this issue retries.",
    ""
  ].join("\n");
}
function formatConfigProblemsText(problems, file) {
  return [
    `Incident Workflow could not use ${file} (${countText(problems)}):`,
    ...problems.map((p) => `  - ${p.path}: ${joinLines(p.message).trim()}`),
    "Nothing else was changed. Fix the file on the default branch and the next event retries."
  ].join("\n");
}

// src/core/state/markers.ts
var MARKER_PREFIX = "<!-- incident-workflow:";
var BOARD_MARKER = "<!-- incident-workflow:board -->";
var MARKER_END = " -->";
function markerHeader(body) {
  const lines = [];
  let at = 0;
  while (at < body.length && body.startsWith(MARKER_PREFIX, at)) {
    const newline = body.indexOf("\n", at);
    const end = newline < 0 ? body.length : newline;
    const line = body.slice(at, end > at && body[end - 1] === "\r" ? end - 1 : end);
    const close = line.indexOf("-->");
    if (close !== line.length - 3 || !line.endsWith(MARKER_END)) break;
    lines.push(line);
    if (newline < 0) break;
    at = newline + 1;
  }
  return lines;
}
var isTool = (person2, self) => person2.isBot && person2.login.toLowerCase() === self.toLowerCase();
function headerValue(body, prefix) {
  const line = markerHeader(body).find((l) => l.startsWith(prefix));
  return line === void 0 ? null : line.slice(prefix.length, line.length - MARKER_END.length);
}
var hasHeaderMarker = (body, marker) => markerHeader(body).includes(marker);
var markerValue = (body, name) => headerValue(body, `${MARKER_PREFIX}${name}:`);
var replyMarker = (commentId) => `${MARKER_PREFIX}reply:${commentId} -->`;
var notifyMarker = (key) => `${MARKER_PREFIX}notify:${key} -->`;
var postmortemMarker = (pr, url) => `${MARKER_PREFIX}postmortem:${pr}:${url} -->`;
var dedupMarker = (key) => `${MARKER_PREFIX}dedup:${encodeURIComponent(key)} -->`;
var declaredFromMarker = (commentId) => `${MARKER_PREFIX}declared-from:${commentId} -->`;
var declaredByMarker = (login) => `${MARKER_PREFIX}declared-by:${encodeURIComponent(login)} -->`;
var requestMarker = (id) => `${MARKER_PREFIX}request:${id} -->`;
var readReplyMarker = (body) => {
  const v = markerValue(body, "reply");
  return v === null ? null : Number(v);
};
var readNotifyMarker = (body) => markerValue(body, "notify");
var readPostmortemMarker = (body) => {
  const v = markerValue(body, "postmortem");
  if (v === null) return null;
  const sep = v.indexOf(":");
  return { number: Number(v.slice(0, sep)), url: v.slice(sep + 1) };
};
var readDeclaredBy = (body) => {
  const v = markerValue(body, "declared-by");
  return v === null || v === "" ? null : decodeURIComponent(v);
};
var readDeclaredFrom = (body) => {
  const v = markerValue(body, "declared-from");
  return v === null ? null : Number(v);
};
var readDedupMarker = (body) => {
  const v = markerValue(body, "dedup");
  return v === null ? null : decodeURIComponent(v);
};
var ALERT_MARKER = "<!-- incident-workflow:alert -->";
var alertStateMarker = (status) => `${MARKER_PREFIX}alert-state:${status} -->`;
var readAlertStateMarker = (body) => {
  const v = markerValue(body, "alert-state");
  return v === "firing" || v === "resolved" ? v : null;
};
var alertCountMarker = (count) => `${MARKER_PREFIX}alert-count:${count} -->`;
var readAlertCountMarker = (body) => {
  const v = markerValue(body, "alert-count");
  const n = v === null ? Number.NaN : Number(v);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
};
function encodeText(text) {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += ch.length === 1 && c >= 55296 && c <= 57343 ? "\uFFFD" : ch;
  }
  return encodeURIComponent(out);
}
var alertTextMarker = (text) => `${MARKER_PREFIX}alert-text:${encodeText(text)} -->`;
var readAlertTextMarker = (body) => {
  const v = markerValue(body, "alert-text");
  if (v === null) return null;
  try {
    return decodeURIComponent(v);
  } catch {
    return null;
  }
};
var oncallMarker = (role, login, mode) => `${MARKER_PREFIX}oncall:${role}:${login}:${mode} -->`;
var readOncallMarker = (body) => {
  const v = markerValue(body, "oncall");
  const [role, login, mode] = v?.split(":") ?? [];
  return role && login ? { role, login, assign: mode !== "mention" } : null;
};
var reminderMarker = (keys) => `${MARKER_PREFIX}remind:${typeof keys === "string" ? keys : keys.join(",")} -->`;
var readReminderMarker = (body) => markerValue(body, "remind");
var readReminderKeys = (body) => readReminderMarker(body)?.split(",").filter((k) => k !== "") ?? [];
var POSTMORTEM_FAILED_MARKER = `${MARKER_PREFIX}postmortem-failed -->`;
var actionItemsMarker = (pull) => `${MARKER_PREFIX}action-items:${pull} -->`;
var readActionItemsMarker = (body) => {
  const v = markerValue(body, "action-items");
  return v === null ? null : Number(v);
};
var readGateMarker = (body) => {
  const [run, state, environment] = markerValue(body, "gate")?.split(":") ?? [];
  if (run === void 0 || environment === void 0 || state !== "held" && state !== "let") return null;
  try {
    return { run: Number(run), state, environment: decodeURIComponent(environment) };
  } catch {
    return null;
  }
};
var revertMarker = (commentId, pull, revert) => `${MARKER_PREFIX}revert:${commentId}:${pull}:${revert === null ? "failed" : `${revert.number}:${revert.url}`} -->`;
var readRevertMarker = (body) => {
  const v = markerValue(body, "revert");
  if (v === null) return null;
  const [commentId = "", pull = "", number3 = "", ...url] = v.split(":");
  if (!/^\d+$/.test(commentId) || !/^\d+$/.test(pull)) return null;
  const revert = /^\d+$/.test(number3) ? { number: Number(number3), url: url.join(":") } : null;
  return { commentId: Number(commentId), pull: Number(pull), revert };
};

// src/core/text/bidi.ts
function isBidiControl(code) {
  return code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297 || code === 8206 || code === 8207 || code === 1564;
}

// src/core/text/bounded-output.ts
var ELLIPSIS = "\u2026";
var EXTEND = new RegExp("^(?:\\p{M}|\\u200d|\\ufe0e|\\ufe0f|[\\u{1f3fb}-\\u{1f3ff}])", "u");
var ONLY_SPACE_OR_QUOTE = /^[\s>]+$/u;
function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 56320 || c > 57343) n++;
  }
  return n;
}
var Out = class {
  constructor(max) {
    this.max = max;
  }
  max;
  pieces = [];
  splittable = [];
  size = 0;
  get full() {
    return this.size > this.max;
  }
  add(piece, splittable = false) {
    this.pieces.push(piece);
    this.splittable.push(splittable);
    this.size += splittable ? piece.length : codePoints(piece);
  }
  pop() {
    const piece = this.pieces.pop();
    this.splittable.pop();
    this.size -= codePoints(piece);
    return piece;
  }
  finish() {
    const { pieces } = this;
    const truncated = this.size > this.max;
    const budget = this.max - 1;
    let dropped = "";
    while (truncated && pieces.length > 0) {
      if (this.size > budget) {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && this.size < budget) {
          const keep = budget - this.size;
          this.add(dropped.slice(0, keep), true);
          dropped = dropped.slice(keep);
        }
      } else if (EXTEND.test(dropped) || pieces.at(-1) === "\u200D") {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && dropped.length > 1) {
          this.add(dropped.slice(0, -1), true);
          dropped = dropped.slice(-1);
        }
      } else break;
    }
    while (pieces.length > 0 && ONLY_SPACE_OR_QUOTE.test(pieces.at(-1))) this.pop();
    if (this.max <= 0) return "";
    return pieces.join("") + (truncated ? ELLIPSIS : "");
  }
};

// src/core/text/markdown-safe.ts
var WORD_JOINER = "\u2060";
var NBSP = "\xA0";
var BACKSLASHED = /* @__PURE__ */ new Set(["\\", "`", "*", "_", "[", "]", "|", "~", "$"]);
var URL_ENCODED = {
  "\\": "%5C",
  "`": "%60",
  "*": "%2A",
  _: "%5F",
  "[": "%5B",
  "]": "%5D",
  "|": "%7C",
  "~": "%7E",
  $: "%24"
};
var LINE_START_ESCAPED = /* @__PURE__ */ new Set(["#", "-", "+", "="]);
var URL_AT = /(?:https?:\/\/|www\.)[^\s<>\p{Cc}]+/iuy;
var ENTITY_AT = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
var ORDERED_AT = /[0-9]{1,9}[.)]/y;
var SPACE = /^\s$/u;
var LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;
function isSpace2(ch) {
  return ch === "\x85" || SPACE.test(ch);
}
function emitUrl(url, out) {
  for (let i = 0; i < url.length; ) {
    const ch = String.fromCodePoint(url.codePointAt(i));
    const encoded = URL_ENCODED[ch];
    if (encoded !== void 0) out.add(encoded);
    else if (ch === "&" && matchesAt(ENTITY_AT, url, i)) out.add("&amp;");
    else out.add(ch);
    i += ch.length;
  }
}
function matchesAt(re, text, at) {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}
var isAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var isUrlStart = (c) => c === 104 || c === 72 || c === 119 || c === 87;
function emitLine(line, out, keepIndent) {
  let i = 0;
  let indent = 0;
  while (i < line.length && isSpace2(line[i])) {
    indent += line[i] === "	" ? 4 : 1;
    i++;
  }
  if (keepIndent) for (let k = 0; k < indent && !out.full; k++) out.add(NBSP);
  let atStart = true;
  let pendingSpace = false;
  let prevWord = false;
  while (i < line.length && !out.full) {
    const c = line.charCodeAt(i);
    const ch = c < 128 ? line[i] : String.fromCodePoint(line.codePointAt(i));
    if (c < 128 ? c === 32 || c >= 9 && c <= 13 : isSpace2(ch)) {
      pendingSpace = true;
      prevWord = false;
      i += ch.length;
      continue;
    }
    if (c < 32 || c >= 127 && c <= 159 || isBidiControl(c)) {
      i++;
      continue;
    }
    if (pendingSpace) out.add(" ");
    pendingSpace = false;
    const urlText = isUrlStart(c) && !prevWord ? matchesAt(URL_AT, line, i) : void 0;
    const ordered = atStart && c >= 48 && c <= 57 ? matchesAt(ORDERED_AT, line, i) : void 0;
    if (urlText !== void 0) {
      emitUrl(urlText, out);
      i += urlText.length;
      prevWord = isAlnum(urlText.charCodeAt(urlText.length - 1));
    } else if (ordered !== void 0) {
      out.add(ordered.slice(0, -1));
      out.add(`\\${ordered.at(-1)}`);
      i += ordered.length;
      prevWord = false;
    } else if (isAlnum(c)) {
      let end = i + 1;
      while (end < line.length && isAlnum(line.charCodeAt(end))) end++;
      out.add(line.slice(i, end), true);
      i = end;
      prevWord = true;
    } else {
      out.add(escapeChar(ch, line, i, prevWord, atStart));
      i += ch.length;
      prevWord = false;
    }
    atStart = false;
  }
}
function escapeChar(ch, line, i, prevWord, atStart) {
  if (BACKSLASHED.has(ch) || atStart && LINE_START_ESCAPED.has(ch)) return `\\${ch}`;
  if (ch === "<") return "&lt;";
  if (ch === ">") return "&gt;";
  if (ch === "&") return matchesAt(ENTITY_AT, line, i) !== void 0 ? "&amp;" : "&";
  if (ch === "@" && !prevWord && isAlnum(line.charCodeAt(i + 1))) return `@${WORD_JOINER}`;
  return ch;
}
var NOT_PLAIN = new Uint8Array(128);
for (const ch of "\\`*_[]|~$<>&@") NOT_PLAIN[ch.charCodeAt(0)] = 1;
function isPlainInline(text, maxLength) {
  const n = text.length;
  if (n === 0 || n > maxLength) return false;
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57 || first === 35 || first === 45 || first === 43 || first === 61)
    return false;
  if (text.charCodeAt(n - 1) === 32) return false;
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (c < 32 || c === 127 || NOT_PLAIN[c] === 1 || c === 32 && (prev === 32 || i === 0)) return false;
    } else if (c <= 160 || c === 5760 || c >= 8192 && c <= 8202) {
      return false;
    } else if (c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279) {
      return false;
    } else if (isBidiControl(c)) {
      return false;
    }
    prev = c;
  }
  return true;
}
function inlineText(text, maxLength) {
  if (isPlainInline(text, maxLength)) return text;
  const out = new Out(maxLength);
  emitLine(text, out, false);
  return out.finish();
}
function blockText(text, maxLength) {
  const out = new Out(maxLength);
  let started = false;
  let blank = false;
  for (const line of text.split(LINE_BREAK)) {
    if (out.full) break;
    if (/^\s*$/u.test(line)) {
      blank = started;
      continue;
    }
    out.add(started ? blank ? "\n>\n> " : "\n> " : "> ");
    started = true;
    blank = false;
    emitLine(line, out, true);
  }
  return out.finish();
}
function mention(login) {
  const name = inlineText(login.startsWith("@") ? login.slice(1) : login, 200);
  return name === "" ? "" : `@${WORD_JOINER}${name}`;
}

// src/handlers/alert-duplicate.ts
async function keepOldestAlert(deps, config2, dedupKey, created) {
  const self = await deps.self();
  const open2 = await deps.ports.listIssues({ label: config2.labels.incident, state: "open" });
  const older = open2.filter(
    (i) => i.number < created.number && isTool(i.author, self) && readDedupMarker(i.body) === dedupKey
  ).sort((a, b) => a.number - b.number)[0];
  if (older === void 0) return null;
  await deps.ports.createComment(
    created.number,
    `Duplicate of #${older.number}: the same alert opened it a moment earlier; it goes on there.
`
  );
  await deps.ports.closeIssue(created.number, "not_planned");
  return older;
}

// src/core/time.ts
var formatters = /* @__PURE__ */ new Map();
function formatter(timeZone) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hour12: false,
      timeZoneName: "short"
    });
    formatters.set(timeZone, f);
  }
  return f;
}
var CANONICAL_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
function formatTime(iso, timeZone) {
  if (timeZone === "UTC" && CANONICAL_UTC.test(iso)) return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  const date2 = new Date(iso);
  if (Number.isNaN(date2.getTime())) return iso;
  if (timeZone === "UTC") return `${date2.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const parts = formatter(timeZone).formatToParts(date2);
  const get = (type) => parts.find((p) => p.type === type)?.value ?? "";
  const hour = get("hour") === "24" ? "00" : get("hour");
  return `${get("year")}-${get("month")}-${get("day")} ${hour}:${get("minute")} ${get("timeZoneName")}`;
}
function minutesBetween(fromIso, toIso) {
  const ms2 = new Date(toIso).getTime() - new Date(fromIso).getTime();
  return Number.isFinite(ms2) ? Math.max(0, Math.round(ms2 / 6e4)) : 0;
}
function formatDuration(minutes2) {
  if (minutes2 < 60) return `${minutes2} min`;
  const hours = Math.floor(minutes2 / 60);
  if (hours < 48) return `${hours} h ${String(minutes2 % 60).padStart(2, "0")} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}
function addMinutes(iso, minutes2) {
  return new Date(new Date(iso).getTime() + minutes2 * 6e4).toISOString();
}

// src/core/dashboard/row.ts
function dashboardRow(state, config2, updatedAt) {
  const level = state.severity;
  const last = state.updates.at(-1);
  const cadence = level?.updateCadenceMinutes ?? 0;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  return {
    n: state.number,
    title: state.title,
    url: state.url,
    sev: level?.id ?? null,
    rank: level?.rank ?? config2.severities.length + 1,
    status: state.status,
    open: state.open,
    drill: state.isDrill,
    void: !state.open && state.closeReason === "not_planned",
    declaredAt: state.declaredAt,
    startedAt: state.startedAt,
    ackAt: state.acknowledgedAt,
    mitigatedAt: state.mitigatedAt,
    resolvedAt: state.resolvedAt,
    commander,
    lastUpdateAt: last?.at ?? null,
    dueAt: state.open && cadence > 0 ? addMinutes(last?.at ?? state.declaredAt, cadence) : null,
    postmortem: state.postmortem?.url ?? null,
    items: state.actionItems === null ? null : { closed: state.actionItems.filter((i) => !i.open).length, total: state.actionItems.length },
    updatedAt
  };
}
function sameRow(a, b) {
  const { updatedAt: _a3, ...left } = a;
  const { updatedAt: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}
var ROW = `${MARKER_PREFIX}row:`;
var ROWS = `${MARKER_PREFIX}rows:`;
var encode = (value) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
function decode(body, prefix) {
  const value = headerValue(body, prefix);
  if (value === null) return null;
  try {
    return JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}
var rowMarker = (row) => `${ROW}${encode(row)} -->`;
var readRowMarker = (body) => decode(body, ROW);
var rowsMarker = (rows) => `${ROWS}${encode(rows)} -->`;
var readRowsMarker = (body) => decode(body, ROWS) ?? [];

// src/core/dashboard/render.ts
var DASHBOARD_MARKER = `${MARKER_PREFIX}dashboard -->`;
var RESOLVED_WINDOW_MS = 30 * 864e5;
var BODY_MAX = 6e4;
var STATUS = {
  investigating: "\u{1F50E} Investigating",
  identified: "\u{1F3AF} Identified",
  mitigated: "\u{1FA79} Mitigated",
  resolved: "\u2705 Resolved"
};
var minutes = (from, to) => from === null || to === null ? null : minutesBetween(from, to);
var duration = (m) => m === null ? "\u2014" : formatDuration(m);
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
function keptRows(rows, now) {
  const since = Date.parse(now) - RESOLVED_WINDOW_MS;
  return rows.filter(
    (r) => !r.void && (r.open || r.resolvedAt !== null && Date.parse(r.resolvedAt) >= since)
  );
}
function openTable(rows, config2, now) {
  const time2 = (iso) => formatTime(iso, config2.timeZone);
  return [
    "| Severity | Incident | Status | Commander | Age | Last update |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => {
      const overdue = r.dueAt !== null && r.dueAt < now ? ` \u26A0\uFE0F **overdue** since ${time2(r.dueAt)}` : "";
      const last = r.lastUpdateAt === null ? "none yet" : `${duration(minutes(r.lastUpdateAt, now))} ago`;
      return `| **${r.sev ?? "\u2014"}** | [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${STATUS[r.status] ?? r.status} | ${r.commander === null ? "\u26A0\uFE0F none" : mention(r.commander)} | ${duration(minutes(r.declaredAt, now))} | ${last}${overdue} |`;
    })
  ];
}
function resolvedTable(rows, config2) {
  return [
    "| Incident | Severity | Resolved | To acknowledge | To mitigate | To resolve | Postmortem | Action items |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) => `| [#${r.n}](${r.url}) ${inlineText(r.title, 120)} | ${r.sev ?? "\u2014"} | ${r.resolvedAt ? formatTime(r.resolvedAt, config2.timeZone) : "\u2014"} | ${duration(minutes(r.declaredAt, r.ackAt))} | ${duration(minutes(r.startedAt, r.mitigatedAt))} | ${duration(minutes(r.startedAt, r.resolvedAt))} | ${r.postmortem ? `[postmortem](${r.postmortem})` : "\u2014"} | ${r.items === null ? "\u2014" : `${r.items.closed} of ${r.items.total} done`} |`
    )
  ];
}
function medians(rows, config2) {
  const lines = config2.severities.flatMap((level) => {
    const of = rows.filter((r) => r.sev === level.id);
    if (of.length === 0) return [];
    const m = (pick2) => duration(median(of.map(pick2).filter((v) => v !== null)));
    return [
      `| ${level.id} | ${of.length} | ${m((r) => minutes(r.declaredAt, r.ackAt))} | ${m((r) => minutes(r.startedAt, r.mitigatedAt))} | ${m((r) => minutes(r.startedAt, r.resolvedAt))} |`
    ];
  });
  return lines.length === 0 ? ["_No incident was resolved in the last 30 days._"] : [
    "| Severity | Incidents | To acknowledge | To mitigate | To resolve |",
    "| --- | --- | --- | --- | --- |",
    ...lines
  ];
}
function renderDashboard(all, config2, now) {
  let rows = keptRows(all, now);
  const bySeverity = (a, b) => a.rank - b.rank || a.n - b.n;
  for (; ; ) {
    const real = rows.filter((r) => !r.drill);
    const open2 = real.filter((r) => r.open).sort(bySeverity);
    const resolved = real.filter((r) => !r.open).sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""));
    const drills = rows.filter((r) => r.drill).sort((a, b) => b.declaredAt.localeCompare(a.declaredAt));
    const body = [
      DASHBOARD_MARKER,
      rowsMarker(rows),
      `_Kept up to date by Incident Workflow; as of ${formatTime(now, config2.timeZone)}._`,
      "",
      `### Open incidents (${open2.length})`,
      "",
      ...open2.length === 0 ? ["_None._"] : openTable(open2, config2, now),
      "",
      `### Resolved in the last 30 days (${resolved.length})`,
      "",
      ...resolved.length === 0 ? ["_None._"] : resolvedTable(resolved, config2),
      "",
      "### Medians, last 30 days (drills left out)",
      "",
      ...medians(resolved, config2),
      "",
      `### Drills (${drills.length})`,
      "",
      ...drills.length === 0 ? ["_None._"] : drills.map(
        (r) => `- [#${r.n}](${r.url}) ${inlineText(r.title, 120)}: ${r.sev ?? "\u2014"}, ${STATUS[r.status] ?? r.status}`
      ),
      ""
    ].join("\n");
    if (body.length <= BODY_MAX || resolved.length === 0) return body;
    const oldest = resolved.at(-1);
    rows = rows.filter((r) => r !== oldest);
  }
}

// src/handlers/refresh-pace.ts
var unpaced = {
  request: (_key, hint, _merge, write) => write(hint)
};

// src/github/write-context.ts
var import_node_async_hooks = require("node:async_hooks");
var storage = new import_node_async_hooks.AsyncLocalStorage();
function withWrites(context, fn) {
  return storage.run(context, fn);
}

// src/handlers/work-queue.ts
var HANDED_OVER = "handed over to another replica waiting for the incident";
var HandedOverError = class extends Error {
  constructor(key) {
    super(`${key}: ${HANDED_OVER}`);
    this.name = "HandedOverError";
  }
};
var directQueue = {
  run: (_key, hint, _merge, task) => task(hint, new AbortController().signal)
};

// src/handlers/dashboard.ts
async function findDashboard(deps, config2) {
  const self = (await deps.self()).toLowerCase();
  const issues = await deps.ports.listIssues({ label: config2.labels.dashboard, state: "open" });
  const own2 = issues.filter(
    (i) => i.author.isBot && i.author.login.toLowerCase() === self && hasHeaderMarker(i.body, DASHBOARD_MARKER)
  ).sort((a, b) => a.number - b.number);
  return own2[0] ?? null;
}
var merge = (a, b) => {
  const openNow = b.openNow ?? a.openNow;
  return {
    rows: [...a.rows, ...b.rows],
    ...openNow === void 0 ? {} : { openNow },
    sweep: a.sweep === true || b.sweep === true,
    ...a.stamp === void 0 && b.stamp === void 0 ? {} : { stamp: Math.max(a.stamp ?? 0, b.stamp ?? 0) }
  };
};
var fellDue = (rows, from, to) => rows.some((r) => r.open && r.dueAt !== null && r.dueAt > from && r.dueAt <= to);
async function refreshDashboard(deps, config2, update, queue = directQueue) {
  if (!config2.dashboard.enabled) return;
  const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}#dashboard`;
  const keep = update.sweep === true ? void 0 : deps.keepDashboard;
  const numbers = (u) => u.rows.map((r) => r.n);
  const stamped = keep === void 0 ? update : { ...update, stamp: await keep.waiting(numbers(update)) };
  const write = (all) => queue.run(key, all, merge, async (hint) => {
    await writeDashboard(deps, config2, hint);
    if (hint.stamp !== void 0) await deps.keepDashboard?.written(numbers(hint), hint.stamp);
  });
  await (deps.dashboardPace ?? unpaced).request(key, stamped, merge, write, update.sweep === true);
}
async function writeDashboard(deps, config2, all) {
  const now = deps.now().toISOString();
  const found = await findDashboard(deps, config2);
  const existing = found === null ? [] : readRowsMarker(found.body);
  const fresh = /* @__PURE__ */ new Map();
  for (const row of all.rows) fresh.set(row.n, row);
  const openNow = all.openNow === void 0 ? null : new Set(all.openNow);
  const stale = (r) => r.open && openNow !== null && !openNow.has(r.n);
  const rows = keptRows(
    [...existing.filter((r) => !fresh.has(r.n) && !stale(r)), ...fresh.values()].sort((a, b) => a.n - b.n),
    now
  );
  const before = keptRows(existing, now);
  const unchanged = found !== null && rows.length === before.length && rows.every((r, i) => before[i] !== void 0 && r.n === before[i].n && sameRow(r, before[i]));
  const asOf = found?.updatedAt ?? now;
  if (unchanged && !(all.sweep && fellDue(rows, asOf, now))) return;
  const body = renderDashboard(rows, config2, now);
  if (found !== null) return deps.ports.updateIssueBody(found.number, body);
  const marker = requestMarker(globalThis.crypto.randomUUID());
  await deps.ports.createIssue(
    { title: config2.dashboard.title, body: `${marker}
${body}`, labels: [config2.labels.dashboard] },
    marker
  );
}

// src/core/config/defaults.ts
var STATUS_COLORS = {
  investigating: "c5def5",
  identified: "bfd4f2",
  mitigated: "c2e0c6"
};

// src/core/labels.ts
var LABEL_DESCRIPTION_MAX = 100;
var LABEL_COLORS = {
  incident: "d73a4a",
  drill: "5319e7",
  postmortem: "0075ca",
  notAnIncident: "cfd3d7",
  dashboard: "bfdadc",
  maintenance: "fef2c0",
  actionItem: "f9d0c4",
  role: "1d76db"
};
var STATUS_DESCRIPTIONS = {
  investigating: "Incident status: investigating cause and impact.",
  identified: "Incident status: cause identified, working on mitigation.",
  mitigated: "Incident status: impact mitigated, not yet resolved."
};
function labelDescription(text) {
  const line = text.replace(/\s+/g, " ").trim();
  if (line.length <= LABEL_DESCRIPTION_MAX) return line;
  return `${line.slice(0, LABEL_DESCRIPTION_MAX - 1).trimEnd()}\u2026`;
}
function spec(name, color, description) {
  return { name, color: color.toLowerCase(), description: labelDescription(description) };
}
function labelSpecs(config2) {
  const { labels } = config2;
  return [
    spec(labels.incident, LABEL_COLORS.incident, "An incident, run by Incident Workflow."),
    spec(labels.drill, LABEL_COLORS.drill, "A practice incident, kept out of metrics."),
    spec(labels.postmortem, LABEL_COLORS.postmortem, "The postmortem of an incident."),
    spec(labels.notAnIncident, LABEL_COLORS.notAnIncident, "Closed as not an incident: no postmortem."),
    spec(
      labels.dashboard,
      LABEL_COLORS.dashboard,
      "The incident dashboard, kept up to date by Incident Workflow."
    ),
    spec(labels.maintenance, LABEL_COLORS.maintenance, "Scheduled maintenance, shown on the status page."),
    spec(labels.actionItem, LABEL_COLORS.actionItem, "An action item from a postmortem."),
    ...config2.severities.map(
      (s) => spec(s.label, s.color, s.description === "" ? `Severity level ${s.rank} (${s.id}).` : s.description)
    ),
    ...config2.roles.map(
      (r) => spec(
        r.label,
        LABEL_COLORS.role,
        r.duties === "" ? `Incident role: ${r.name}.` : `${r.name}: ${r.duties}`
      )
    ),
    ...LABELLED_STATUSES.map(
      (status) => spec(`${labels.statusPrefix}${status}`, STATUS_COLORS[status], STATUS_DESCRIPTIONS[status])
    )
  ];
}

// src/handlers/ensure-labels.ts
async function ensureRepoLabels(ports, config2) {
  const existing = new Set((await ports.listRepoLabels()).map((l) => l.toLowerCase()));
  const created = [];
  for (const spec2 of labelSpecs(config2)) {
    if (existing.has(spec2.name.toLowerCase())) continue;
    await ports.createRepoLabel(spec2);
    created.push(spec2.name);
  }
  return { created, existing: labelSpecs(config2).length - created.length };
}

// src/core/state/trust.ts
var DECIDING_PERMISSION = "triage";
var DECIDING = /* @__PURE__ */ new Set(["triage", "write", "maintain", "admin"]);
var canDecide = (permission) => permission !== void 0 && DECIDING.has(permission);
function permissionFromAssociation(association) {
  if (association === "OWNER") return "admin";
  if (association === void 0 || association === "MEMBER" || association === "COLLABORATOR")
    return void 0;
  return "read";
}
var isAllowedUser = (config2, login) => config2.commands.allowUsers.some((u) => u.toLowerCase() === login.toLowerCase());
function permissionOf(login, association, permissions) {
  return permissionFromAssociation(association) ?? permissions.get(login.toLowerCase());
}
var same2 = (a, b) => a.toLowerCase() === b.toLowerCase();
function mayDecide(ctx, actor) {
  if (ctx.isSelf(actor) || actor.isBot || isAllowedUser(ctx.config, actor.login)) return true;
  if (!same2(actor.login, ctx.issue.author.login)) return true;
  return canDecide(permissionOf(actor.login, ctx.issue.authorAssociation, ctx.permissions));
}
var authorMayDecide = (ctx) => mayDecide(ctx, ctx.issue.author);
function needsAsking(config2, person2, association) {
  return !person2.isBot && !isAllowedUser(config2, person2.login) && permissionFromAssociation(association) === void 0;
}
var selfMatcher = (self) => (person2) => person2.isBot && person2.login.toLowerCase() === self.toLowerCase();

// src/handlers/issue-type.ts
var TYPE_DROPPED_MARKER = `${MARKER_PREFIX}issue-type-dropped -->`;
function hasIncidentType(issue2, config2) {
  const wanted = config2.issueType;
  return wanted !== false && typeof issue2.type === "string" && issue2.type.toLowerCase() === wanted.toLowerCase();
}
function typeDroppedNote(type) {
  return [
    TYPE_DROPPED_MARKER,
    `This incident should have the organisation's **${type}** issue type, but GitHub dropped it without an error: the tool's account may not set issue types in this repository (GitHub lets only accounts with push access set them). Check the app's or the token's permissions, or set \`issueType: false\` in the config to stop trying. Labels keep working either way; this note is not repeated.`,
    ""
  ].join("\n");
}
async function ensureIssueType(issue2, timeline, config2, deps) {
  const wanted = config2.issueType;
  if (wanted === false) return "off";
  if (typeof issue2.type === "string") return "has-a-type";
  if (issue2.state !== "open" || issue2.isPullRequest) return "off";
  if (timeline.some((e) => e.kind === "issue-typed")) return "has-a-type";
  const isSelf = selfMatcher(await deps.self());
  const noted = timeline.some(
    (e) => e.kind === "commented" && isSelf(e.actor) && e.body.startsWith(TYPE_DROPPED_MARKER)
  );
  if (noted) return "noted-before";
  const types = await deps.ports.issueTypes();
  if (types.kind === "none") return "no-such-type";
  if (types.kind === "unreadable") {
    deps.log.warn(
      `issue types: GitHub refused the organisation's list (${types.status}); the "${wanted}" type is not set. The app needs the organisation permission "Issue Types" (read); a workflow token cannot have it.`
    );
    return "types-unreadable";
  }
  const name = types.names.find((n) => n.toLowerCase() === wanted.toLowerCase());
  if (name === void 0) return "no-such-type";
  const now = await deps.ports.setIssueType(issue2.number, name);
  if (now !== null && now.toLowerCase() === name.toLowerCase()) return "set";
  await deps.ports.createComment(issue2.number, typeDroppedNote(name));
  return "dropped";
}
async function typeForNewIncident(ports, config2) {
  const wanted = config2.issueType;
  if (wanted === false) return void 0;
  const types = await ports.issueTypes();
  if (types.kind !== "types") return void 0;
  return types.names.find((n) => n.toLowerCase() === wanted.toLowerCase());
}

// src/core/board/acks.ts
var REACT_ALWAYS = { react: true, through: null };
var PREFIX = "<!-- incident-workflow:acked-through ";
var SUFFIX = " -->";
var ackMarker = (through) => `${PREFIX}${through}${SUFFIX}`;
function readAckMarker(body) {
  if (body === void 0) return null;
  for (const line of body.split("\n", 8)) {
    if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) continue;
    const digits = line.slice(PREFIX.length, line.length - SUFFIX.length);
    const n = Number(digits);
    if (digits.length > 0 && digits.length <= 15 && Number.isInteger(n) && n > 0) return n;
  }
  return null;
}
var reactionOwed = (answer2, policy) => answer2.accepted > 0 && answer2.plusOnes === 0 && policy.react && (policy.through === null || answer2.commentId > policy.through);
function nextWatermark(state, policy) {
  if (policy.react) return policy.through;
  const ran = state.answers.filter((a) => a.accepted > 0).map((a) => a.commentId);
  const newest = ran.length === 0 ? null : Math.max(...ran);
  if (newest === null) return policy.through;
  return policy.through === null ? newest : Math.max(newest, policy.through);
}
function recentCommands(state, through, timeZone, limit = 12) {
  if (through === null) return [];
  return state.answers.filter((a) => a.accepted > 0 && a.commentId <= through).slice(-limit).reverse().map((a) => ({
    at: formatTime(a.at, timeZone),
    by: mention(a.author),
    what: a.ran.map((kind) => `\`/${kind}\``).join(", "),
    url: `${state.url}#issuecomment-${a.commentId}`
  }));
}

// src/core/changes/recent-changes.ts
var HOUR = 36e5;
var PREFIX2 = `${MARKER_PREFIX}changes:`;
function changesWindow(startedAt, declaredAt, config2) {
  const start = Date.parse(startedAt);
  const until = Math.max(start, Date.parse(declaredAt));
  return {
    since: new Date(start - config2.changes.windowHours * HOUR).toISOString(),
    until: new Date(until).toISOString()
  };
}
function selectChanges(candidates, window, limit) {
  const since = Date.parse(window.since);
  const until = Date.parse(window.until);
  return candidates.filter((c) => {
    const t = Date.parse(c.at);
    return t >= since && t <= until;
  }).sort((a, b) => {
    const ta = Date.parse(a.at);
    const tb = Date.parse(b.at);
    if (ta !== tb) return tb - ta;
    if (a.kind !== b.kind) return a.kind === "pull" ? -1 : 1;
    return b.number - a.number;
  }).slice(0, limit);
}
var changesMarker = (changes) => `${PREFIX2}${encodeURIComponent(JSON.stringify(changes))} -->`;
var isString = (v) => typeof v === "string";
function readChange(v) {
  if (typeof v !== "object" || v === null) return null;
  const c = v;
  if (c.kind !== "pull" && c.kind !== "deployment") return null;
  if (!isString(c.at) || !isString(c.by) || !isString(c.title) || !isString(c.url)) return null;
  if (typeof c.number !== "number") return null;
  return {
    kind: c.kind,
    at: c.at,
    by: c.by,
    title: c.title,
    url: c.url,
    number: c.number,
    ...isString(c.ref) ? { ref: c.ref } : {},
    ...isString(c.sha) ? { sha: c.sha } : {}
  };
}
function readChangesMarker(body) {
  const line = markerHeader(body).find((l) => l.startsWith(PREFIX2));
  if (line === void 0) return null;
  let parsed;
  try {
    parsed = JSON.parse(decodeURIComponent(line.slice(PREFIX2.length, line.length - " -->".length)));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const p = parsed;
  if (!isString(p.since) || !isString(p.until) || !Array.isArray(p.items)) return null;
  const items = p.items.map(readChange);
  if (items.some((i) => i === null)) return null;
  const problems = Array.isArray(p.problems) ? p.problems.filter(isString) : [];
  return { since: p.since, until: p.until, items, problems };
}

// src/core/postmortem/format.ts
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function person(login) {
  const bare = login.startsWith("@") ? login.slice(1) : login;
  return LOGIN.test(bare) ? `@${bare.replace(/\[bot\]$/, "\\[bot\\]")}` : inlineText(bare, 60);
}
function safeUrl(url) {
  if (url === void 0) return null;
  return /^https:\/\/[^\s<>()[\]{}"'`|\\]+$/.test(url) ? url : null;
}
function link(text, url) {
  const safe = safeUrl(url);
  return safe === null ? text : `[${text}](${safe})`;
}
function isoUtc(iso) {
  const date2 = new Date(iso);
  return Number.isNaN(date2.getTime()) ? iso : date2.toISOString().replace(".000Z", "Z");
}

// src/core/changes/change-lines.ts
function changeLine(change, style) {
  const when = style.time(change.at);
  const by = style.person(change.by);
  if (change.kind === "pull") {
    const title = inlineText(change.title, 200);
    return `${link(`#${change.number}`, change.url)} ${title} \u2014 merged ${when}, by ${by}`;
  }
  const sha = change.sha && /^[0-9a-f]{7,40}$/i.test(change.sha) ? ` (\`${change.sha.slice(0, 7)}\`)` : "";
  const ref = change.ref === void 0 ? "" : ` of ${inlineText(change.ref, 100)}${sha}`;
  const env = inlineText(change.title, 100);
  return `${link("Deployment", change.url)}${ref} to **${env}** \u2014 ${when}, by ${by}`;
}
function changesView(changes, style) {
  if (changes === null) return null;
  return {
    since: style.time(changes.since),
    until: style.time(changes.until),
    items: changes.items.map((c) => changeLine(c, style)),
    problems: changes.problems.map((p) => inlineText(p, 300))
  };
}

// src/core/status-page/view-model.ts
var byDesc = (a, b) => a < b ? 1 : a > b ? -1 : 0;
function listNames(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
function publicUpdates(state) {
  const seen = /* @__PURE__ */ new Map();
  const updates = state.publicUpdates.map((u) => {
    const index = seen.get(u.commentId) ?? 0;
    seen.set(u.commentId, index + 1);
    return { id: `${u.commentId}-${index}`, at: u.at, text: u.text };
  });
  return updates.sort((a, b) => byDesc(a.at, b.at));
}
function publicIncident(state, config2) {
  if (!state.isIncident || state.isDrill) return null;
  if (!state.open && (state.closeReason === "not_planned" || state.closeReason === "duplicate")) return null;
  const components = config2.components.flatMap((c) => {
    const set = state.components.get(c.id);
    return set === void 0 ? [] : [{ id: c.id, name: c.name, state: set.state, at: set.at }];
  });
  const updates = publicUpdates(state);
  if (updates.length === 0 && components.length === 0) return null;
  const facts = [...updates.map((u) => u.at), ...components.map((c) => c.at)].sort();
  const names = components.map((c) => c.name);
  const title = state.publicTitle ?? (names.length > 0 ? `Incident affecting ${listNames(names)}` : "Service incident");
  return {
    id: `incident-${state.number}`,
    title,
    status: state.open ? "ongoing" : "resolved",
    reportedAt: facts[0],
    resolvedAt: state.open ? null : state.resolvedAt ?? state.closedAt ?? state.lastEventAt,
    components: components.map(({ at: _, ...c }) => c),
    updates
  };
}

// src/core/board/deploys.ts
var plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function deploysLine(state, time2) {
  const environments = [...new Set(state.deploys.map((d) => d.environment))];
  if (environments.length === 0) return null;
  return environments.map((environment) => {
    const entries = state.deploys.filter((d) => d.environment === environment);
    const held = entries.filter((d) => d.state === "held");
    const let_ = entries.length - held.length;
    const name = inlineText(environment, 80);
    const parts = [];
    if (held[0] !== void 0) {
      const since = time2(held[0].at);
      const rejected = `${held.length} rejected`;
      parts.push(
        state.open ? `${name} deploys held since ${since}, ${rejected}` : `${name} deploys were held from ${since}, ${rejected}`
      );
    } else parts.push(`${name} deploys`);
    if (let_ > 0) parts.push(`${plural(let_, "let through as a fix", "let through as fixes")}`);
    return parts.join(held.length > 0 ? "; " : ": ");
  }).join("; ");
}

// src/core/board/flow.ts
function proven(state, auto) {
  if (auto === void 0) return false;
  if (auto.startsWith("role:"))
    return state.roles.some((r) => r.role.id === auto.slice(5) && r.holders.length > 0);
  switch (auto) {
    case "status:investigating":
      return true;
    case "status:identified":
      return state.identifiedAt !== null || state.mitigatedAt !== null || state.resolvedAt !== null;
    case "status:mitigated":
      return state.mitigatedAt !== null || state.resolvedAt !== null;
    case "status:resolved":
      return state.resolvedAt !== null;
    case "postmortem":
      return state.postmortem !== null;
    case "severity-confirmed":
      return state.severityConfirmed;
    default:
      return false;
  }
}
function responseFlow(state, steps) {
  return steps.map((step) => {
    const auto = proven(state, step.auto);
    const manual = state.doneSteps.has(step.id.toLowerCase());
    return { id: step.id, title: step.title, done: auto || manual, manual: manual && !auto };
  });
}

// src/core/board/view-model.ts
var DEFAULT_LIMITS = { timeline: 50, text: 300, quote: 1500, followups: 50 };
var STATUS_ICONS = {
  investigating: "\u{1F50E} Investigating",
  identified: "\u{1F3AF} Identified",
  mitigated: "\u{1FA79} Mitigated",
  resolved: "\u2705 Resolved"
};
function contactsFor(state, config2) {
  const level = state.severity?.id;
  return config2.contacts.filter((c) => c.severities.length === 0 || level !== void 0 && c.severities.includes(level)).map((c) => ({
    name: inlineText(c.name, 100),
    people: c.people.map((p) => mention(p.replace(/^@/, ""))).join(", "),
    links: c.links.map((l) => `[${inlineText(l.title, 100)}](${linkUrl(l.url)})`).join(" \xB7 ")
  }));
}
function publicStatus(state, config2) {
  const last = state.publicUpdates.at(-1);
  const components = [...state.components].map(([id, c]) => {
    const name = config2.components.find((x) => x.id === id)?.name ?? id;
    return `${inlineText(name, 100)}: ${c.state}`;
  });
  if (!last && components.length === 0 && state.publicTitle === null) return null;
  const title = publicIncident(state, config2)?.title ?? state.publicTitle;
  return {
    title: title === null ? null : inlineText(title, 256),
    components: components.join(", "),
    update: last ? inlineText(last.text, 300) : null
  };
}
function alertsLine(state, time2) {
  const a = state.alerts;
  if (a === null) return null;
  const what = a.status === "resolved" ? "\u2705 all resolved" : "\u{1F525} firing";
  const count = a.notifications === 1 ? "1 notification" : `${a.notifications} notifications`;
  return `${what} since ${time2(a.since)} (${count})`;
}
var linkUrl = (url) => url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));
function boardView(state, config2, limits) {
  const tz = config2.timeZone;
  const time2 = (iso) => formatTime(iso, tz);
  const level = state.severity;
  const end = state.resolvedAt ?? state.lastEventAt;
  const lastUpdate = state.updates[state.updates.length - 1];
  const cadence = level?.updateCadenceMinutes ?? 0;
  const dueAt = state.open && cadence > 0 ? addMinutes(lastUpdate?.at ?? state.declaredAt, cadence) : null;
  const nextDue = dueAt === null ? null : time2(dueAt);
  const overdue = dueAt !== null && dueAt < state.now;
  const shown = state.timeline.slice(-limits.timeline);
  const hidden = state.timeline.length - shown.length;
  const followups = state.followups.slice(0, limits.followups);
  return {
    number: state.number,
    title: inlineText(state.title, 256),
    drill: state.isDrill,
    notAnIncident: !state.open && state.closeReason === "not_planned",
    severity: level ? { id: level.id, description: inlineText(level.description, 300) } : null,
    responseMode: level ? inlineText(level.responseMode, 300) : "",
    status: STATUS_ICONS[state.status] ?? state.status,
    declared: `${time2(state.declaredAt)} by ${mention(state.declaredBy)}`,
    started: state.startedAt !== state.declaredAt ? time2(state.startedAt) : null,
    duration: `${formatDuration(minutesBetween(state.startedAt, end))}${state.resolvedAt ? "" : ` (as of ${time2(end)}, the latest event)`}`,
    timeToMitigate: state.mitigatedAt ? formatDuration(minutesBetween(state.startedAt, state.mitigatedAt)) : null,
    timeToResolve: state.resolvedAt ? formatDuration(minutesBetween(state.startedAt, state.resolvedAt)) : null,
    nextUpdate: nextDue ? `${overdue ? "\u26A0\uFE0F **overdue** since" : "by"} ${nextDue} (every ${formatDuration(cadence)} at ${level?.id})` : null,
    contacts: contactsFor(state, config2),
    changes: changesView(state.recentChanges, { person: mention, time: time2 }),
    publicStatus: publicStatus(state, config2),
    actionItems: state.actionItems?.map((i) => ({
      done: !i.open,
      text: `[#${i.number}](${i.url}) ${inlineText(i.title, limits.text)}`
    })),
    actionItemsDone: state.actionItems?.filter((i) => !i.open).length ?? 0,
    postmortem: state.postmortem ? `#${state.postmortem.number}` : null,
    alerts: alertsLine(state, time2),
    deploys: deploysLine(state, time2),
    roles: state.roles.map((r) => ({
      name: inlineText(r.role.name, 60),
      holders: r.holders.map((h) => mention(h.login)).join(", "),
      since: r.holders[0] ? time2(r.holders[0].since) : "",
      missing: r.required && r.holders.length === 0
    })),
    impact: state.impact ? {
      text: blockText(state.impact.text, limits.quote),
      by: mention(state.impact.by),
      at: time2(state.impact.at)
    } : null,
    update: lastUpdate ? {
      text: blockText(lastUpdate.text, limits.quote),
      by: mention(lastUpdate.by),
      at: time2(lastUpdate.at),
      url: lastUpdate.url
    } : null,
    updateCount: state.updates.length,
    flow: responseFlow(state, level?.flow ?? []).map((f) => ({ ...f, title: inlineText(f.title, 120) })),
    followups: followups.map((f) => ({ text: inlineText(f.text, limits.text), by: mention(f.by) })),
    moreFollowups: state.followups.length - followups.length,
    timeline: shown.map((e) => ({
      at: time2(e.at),
      text: inlineText(e.text, limits.text),
      by: mention(e.by)
    })),
    hiddenEvents: hidden,
    timeZone: tz
  };
}

// src/core/board/render.ts
var BOARD_MAX_LENGTH = 65e3;
function renderBoard(state, config2, template, row, ackedThrough = null, records = []) {
  let limits = { ...DEFAULT_LIMITS, timeline: config2.board.timelineLimit };
  const head = [
    BOARD_MARKER,
    ...state.postmortem ? [postmortemMarker(state.postmortem.number, state.postmortem.url)] : [],
    ...row ? [rowMarker({ ...row, updatedAt: "" })] : [],
    ...ackedThrough === null ? [] : [ackMarker(ackedThrough)],
    ...records,
    ...state.recentChanges ? [changesMarker(state.recentChanges)] : []
  ].join("\n");
  const recent = recentCommands(state, ackedThrough, config2.timeZone);
  const view = (l) => ({ ...boardView(state, config2, l), recentCommands: recent });
  for (let attempt = 0; attempt < 12; attempt++) {
    const body2 = `${head}
${template(view(limits)).trim()}
`;
    if (body2.length <= BOARD_MAX_LENGTH) return body2;
    limits = {
      timeline: Math.max(5, Math.floor(limits.timeline / 2)),
      text: Math.max(80, Math.floor(limits.text * 0.7)),
      quote: Math.max(200, Math.floor(limits.quote / 2)),
      followups: Math.max(10, Math.floor(limits.followups / 2))
    };
  }
  const body = `${head}
${template(view(limits)).trim()}`;
  return `${body.slice(0, BOARD_MAX_LENGTH - 80)}

_The board was cut to fit GitHub's comment limit._
`;
}

// src/core/zoned-time.ts
var FIELDS = ["year", "month", "day", "hour", "minute", "second"];
var formatters2 = /* @__PURE__ */ new Map();
function formatter2(zone) {
  let format = formatters2.get(zone);
  if (format === void 0) {
    const options = Object.fromEntries(FIELDS.map((f) => [f, "numeric"]));
    format = new Intl.DateTimeFormat("en-US", { ...options, timeZone: zone, hourCycle: "h23" });
    formatters2.set(zone, format);
  }
  return format;
}
function zoneOffset(zone, utc) {
  const fixed = /^([+-])([0-9]{2}):?([0-9]{2})?$/.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -6e4 : 6e4) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
  if (/^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const parts = formatter2(zone).formatToParts(new Date(utc));
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = FIELDS.map(
    (f) => Number(parts.find((p) => p.type === f)?.value)
  );
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(utc / 1e3) * 1e3;
}
function fromWall(wall, zone) {
  const first = wall - zoneOffset(zone, wall);
  const second = wall - zoneOffset(zone, first);
  return second === first ? first : wall - zoneOffset(zone, second);
}

// src/core/oncall/rotation.ts
var DAY = 864e5;
var WEEK = 7 * DAY;
var wallDate = (date2) => Date.parse(`${date2.slice(0, 10)}T00:00:00Z`);
function instant(text, zone) {
  const [date2 = "", time2 = "00:00"] = text.replace("T", " ").split(" ");
  const [h = 0, m = 0] = time2.split(":").map(Number);
  return fromWall(wallDate(date2) + (h * 60 + m) * 6e4, zone);
}
function firstHandoff(r) {
  const start = wallDate(r.start);
  const weekday = new Date(start).getUTCDay();
  return start + ((r.handoffDay - weekday + 7) % 7 * DAY + r.handoffMinute * 6e4);
}
function weeklyShift(r, at) {
  const wall0 = firstHandoff(r);
  const handoff2 = (k2) => fromWall(wall0 + k2 * WEEK, r.timeZone);
  let k = Math.floor((at + zoneOffset(r.timeZone, at) - wall0) / WEEK);
  while (handoff2(k + 1) <= at) k++;
  while (handoff2(k) > at) k--;
  const n = r.people.length;
  return { person: r.people[(k % n + n) % n], from: handoff2(k), until: handoff2(k + 1), override: false };
}
function shiftAt(r, at) {
  const weekly = weeklyShift(r, at);
  const ranges = r.overrides.map((o) => ({
    ...o,
    start: instant(o.from, r.timeZone),
    end: instant(o.to, r.timeZone)
  }));
  const covering = ranges.filter((o) => o.start <= at && at < o.end).at(-1);
  if (covering !== void 0) {
    return { person: covering.person, from: covering.start, until: covering.end, override: true };
  }
  const nextOverride = Math.min(...ranges.filter((o) => o.start > at).map((o) => o.start), weekly.until);
  return { ...weekly, until: nextOverride };
}
function onCall(r, at) {
  const now = shiftAt(r, at);
  let next = shiftAt(r, now.until);
  for (let i = 0; i < 4 && next.person.toLowerCase() === now.person.toLowerCase(); i++)
    next = shiftAt(r, next.until);
  return { now, next };
}

// src/core/effects/plan-reminders.ts
var PAGE_WINDOW_MS = 24 * 36e5;
var ms = (iso) => Date.parse(iso);
function addressees(state) {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders ?? [];
  const people = commanders.length > 0 ? commanders.map((h) => h.login) : [state.declaredBy];
  const once = /* @__PURE__ */ new Map();
  for (const p of people) if (!once.has(p.toLowerCase())) once.set(p.toLowerCase(), p);
  return [...once.values()].map((p) => `@${p}`).join(" ");
}
function planOnCall(state, config2) {
  if (!state.open || ms(state.now) - ms(state.declaredAt) > PAGE_WINDOW_MS) return [];
  const out = [];
  for (const rotation of config2.oncall) {
    const role = state.roles.find((r) => r.role.id === rotation.role);
    if (!role || role.holders.length > 0 || state.oncallPaged.has(rotation.role)) continue;
    const person2 = onCall(rotation, ms(state.now)).now.person;
    const level = state.severity ? ` (**${state.severity.id}**)` : "";
    const what = state.isDrill ? "drill" : "incident";
    const tail = rotation.mentionOnly ? `has no ${role.role.name}. Take the role with \`/role ${rotation.role} me\`.` : `was declared without a ${role.role.name}: you hold the role now. Hand it over with \`/role ${rotation.role} @someone\`.`;
    out.push(
      `${oncallMarker(rotation.role, person2, rotation.mentionOnly ? "mention" : "assign")}
@${person2} you are on call as **${inlineText(role.role.name, 60)}**: ${what} #${state.number}${level} ${tail}
`
    );
  }
  return out;
}
function dueReminders(state, config2, who) {
  const out = [];
  const now = ms(state.now);
  const level = `**${state.severity?.id}**`;
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (config2.reminders.updates && cadence > 0) {
    const last = state.updates.at(-1);
    const anchorAt = ms(last?.at ?? state.declaredAt);
    const window = Math.floor((now - anchorAt) / cadence);
    const key = `update:${last?.commentId ?? "declared"}:${window}`;
    if (window >= 1 && !state.reminded.has(key)) {
      const age = formatDuration(Math.round((now - anchorAt) / 6e4));
      const since = last ? `the latest update is ${age} old` : `no update has been posted in ${age}`;
      const every = `asks for one every ${formatDuration(cadence / 6e4)}. Post one with \`/update <text>\`.`;
      out.push({
        key,
        alone: `${who} ${since} on incident #${state.number}: ${level} ${every}`,
        item: `an update: ${since}; ${level} ${every}`
      });
    }
  }
  const grace = config2.reminders.roleGraceMinutes * 6e4;
  if (grace > 0) {
    for (const [roleId, since] of state.roleEmptySince) {
      const key = `role:${roleId}:${since}`;
      if (now - ms(since) <= grace || state.reminded.has(key)) continue;
      const role = state.roles.find((r) => r.role.id === roleId)?.role;
      if (!role) continue;
      const empty = formatDuration(Math.round((now - ms(since)) / 6e4));
      const name = `**${inlineText(role.name, 60)}**`;
      const give = `Give the role with \`/role ${roleId} @someone\`.`;
      out.push({
        key,
        alone: `${who} incident #${state.number} has had no ${name} for ${empty}; ${level} requires one. ${give}`,
        item: `a ${name}: none for ${empty}; ${level} requires one. ${give}`
      });
    }
  }
  return out;
}
function planReminders(state, config2) {
  if (!state.open || !state.isIncident) return [];
  const who = addressees(state);
  const due = dueReminders(state, config2, who);
  const [first] = due;
  if (first === void 0) return [];
  const marker = reminderMarker(due.map((d) => d.key));
  if (due.length === 1) return [`${marker}
${first.alone}
`];
  const items = due.map((d) => `- ${d.item}
`).join("");
  return [`${marker}
${who} incident #${state.number} needs:
${items}`];
}
function wakeAt(state, config2) {
  if (!state.open || !state.isIncident) return null;
  const now = ms(state.now);
  const times = [];
  const cadence = (state.severity?.updateCadenceMinutes ?? 0) * 6e4;
  if (cadence > 0) {
    const anchor2 = ms(state.updates.at(-1)?.at ?? state.declaredAt);
    times.push(anchor2 + (Math.floor((now - anchor2) / cadence) + 1) * cadence);
  }
  const grace = config2.reminders.roleGraceMinutes * 6e4;
  for (const since of state.roleEmptySince.values()) if (grace > 0) times.push(ms(since) + grace + 1e3);
  const next = times.filter((t) => t > now).sort((a, b) => a - b)[0];
  return next === void 0 ? null : new Date(next).toISOString();
}

// src/core/issue-form.ts
var INCIDENT_FORM_LABELS = {
  summary: "Summary",
  impact: "Impact",
  severity: "Severity",
  startedAt: "Started at",
  links: "Links"
};
var NO_RESPONSE = "_No response_";
var FORM_MAX_LINES = 5e3;
function headingText(line) {
  if (!line.startsWith("###")) return void 0;
  const start = skipBlanks(line, 3);
  if (start === 3 || start === line.length || /[\u2028\u2029]/.test(line)) return void 0;
  let end = line.length;
  while (end > start && (line.charAt(end - 1) === " " || line.charAt(end - 1) === "	")) end--;
  while (end > start && line.charAt(end - 1) === "#") end--;
  while (end > start && (line.charAt(end - 1) === " " || line.charAt(end - 1) === "	")) end--;
  return line.slice(start, Math.max(end, start + 1));
}
function formLines(body) {
  const lines = body.replace(/\r\n?/g, "\n").split("\n", FORM_MAX_LINES + 1);
  return lines.length > FORM_MAX_LINES ? void 0 : lines;
}
function fieldOf(label) {
  const wanted = label.trim().toLowerCase();
  for (const [field, text] of Object.entries(INCIDENT_FORM_LABELS)) {
    if (text.toLowerCase() === wanted) return field;
  }
  return void 0;
}
function sections(body) {
  const out = /* @__PURE__ */ new Map();
  let current;
  let lines = [];
  const flush = () => {
    if (current === void 0 || out.has(current)) return;
    const value = lines.join("\n").trim();
    if (value !== "" && value !== NO_RESPONSE) out.set(current, value);
  };
  for (const line of formLines(body) ?? []) {
    const heading = headingText(line);
    const field = heading === void 0 ? void 0 : fieldOf(heading);
    if (field !== void 0) {
      flush();
      current = field;
      lines = [];
    } else if (current !== void 0) {
      lines.push(line);
    }
  }
  flush();
  return out;
}
function severityFromChoice(choice, config2) {
  const text = choice.trim();
  if (/^unsure\b/i.test(text)) return (config2.severities[1] ?? config2.severities[0])?.id;
  const word = text.split(/\s+/)[0]?.toLowerCase() ?? "";
  if (word === "") return void 0;
  const named = config2.severities.find((s) => s.id.toLowerCase() === word || s.label.toLowerCase() === word);
  if (named !== void 0) return named.id;
  const rank = trailingDigits(word);
  const ranked = rank === void 0 ? void 0 : config2.severities.find((s) => s.rank === Number(rank));
  return ranked?.id;
}
var ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
function zoneOffsetMinutes(utcMs, timeZone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric"
  }).formatToParts(new Date(utcMs));
  const part = (type) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part("year"),
    part("month") - 1,
    part("day"),
    part("hour"),
    part("minute"),
    part("second")
  );
  return Math.round((wall - Math.floor(utcMs / 1e3) * 1e3) / 6e4);
}
function zoneSuffixMinutes(zone) {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || "0"));
}
function parseIsoTime(text, timeZone) {
  const m = ISO_TIME.exec(text.trim());
  if (m === null) return void 0;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0", zone] = m;
  const ms2 = Math.round(Number(`0.${frac}`) * 1e3);
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms2);
  const check = new Date(wall);
  if (Number.isNaN(wall) || check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d) || check.getUTCHours() !== Number(h) || check.getUTCMinutes() !== Number(mi)) {
    return void 0;
  }
  if (zone !== void 0) return new Date(wall - zoneSuffixMinutes(zone) * 6e4).toISOString();
  const guess = wall - zoneOffsetMinutes(wall, timeZone) * 6e4;
  return new Date(wall - zoneOffsetMinutes(guess, timeZone) * 6e4).toISOString();
}
function parseIncidentForm(body, config2) {
  const found = sections(body ?? "");
  const form = {};
  const summary2 = found.get("summary");
  if (summary2 !== void 0) form.summary = summary2;
  const impact = found.get("impact");
  if (impact !== void 0) form.impact = impact;
  const choice = found.get("severity");
  const severity = choice === void 0 ? void 0 : severityFromChoice(choice, config2);
  if (severity !== void 0) form.severity = severity;
  const startedAt = found.get("startedAt");
  if (startedAt !== void 0) form.startedAt = parseIsoTime(startedAt, config2.timeZone) ?? startedAt;
  const links = found.get("links");
  if (links !== void 0) form.links = links;
  return form;
}
function isIncidentForm(body) {
  const headings = (formLines(body ?? "") ?? []).flatMap((line) => {
    const field = headingText(line);
    return field === void 0 ? [] : [fieldOf(field)];
  }).filter((f) => f !== void 0);
  const order = Object.keys(INCIDENT_FORM_LABELS);
  return headings.length === order.length && headings.every((f, i) => f === order[i]);
}

// src/core/notify/facts.ts
var RANK2 = {
  declared: 0,
  severity: 1,
  commander: 2,
  status: 3,
  update: 4,
  resolved: 5,
  postmortem: 6
};
function levelAt(state, at) {
  let level = null;
  for (const change of state.severityChanges) if (change.at <= at) level = change.to;
  return level ?? state.severityChanges[0]?.to ?? null;
}
function commentIdOf(url) {
  const at = url?.lastIndexOf("#issuecomment-") ?? -1;
  if (url === void 0 || at < 0) return void 0;
  const id = Number(url.slice(at + "#issuecomment-".length));
  return Number.isSafeInteger(id) && id > 0 ? id : void 0;
}
function compareFacts(a, b) {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.seq !== void 0 && b.seq !== void 0 && a.seq !== b.seq) return a.seq - b.seq;
  if (a.kind !== b.kind) return RANK2[a.kind] - RANK2[b.kind];
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
function incidentFacts(state) {
  if (!state.isIncident) return [];
  const facts = [];
  const add = (fact) => facts.push({ ...fact, level: levelAt(state, fact.at) });
  add({ kind: "declared", key: "declared", at: state.declaredAt, by: state.declaredBy });
  const severityEvents = state.timeline.filter((e) => e.kind === "severity");
  state.severityChanges.forEach((change, i) => {
    if (i === 0) return;
    const seq = commentIdOf(severityEvents[i]?.url);
    add({
      kind: "severity",
      key: `severity:${change.key}`,
      at: change.at,
      from: change.from,
      raised: change.raised,
      by: change.by,
      ...seq === void 0 ? {} : { seq }
    });
  });
  let statuses = 0;
  for (const event of state.timeline) {
    if (event.kind !== "status") continue;
    statuses += 1;
    const status = event.text.startsWith("Status: ") ? event.text.slice(8) : event.text;
    const seq = commentIdOf(event.url);
    add({
      kind: "status",
      key: `status:${statuses}:${status}`,
      at: event.at,
      status,
      by: event.by,
      ...seq === void 0 ? {} : { seq }
    });
  }
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders ?? [];
  for (const holder of commanders)
    add({
      kind: "commander",
      key: `commander:${holder.login.toLowerCase()}:${holder.since}`,
      at: holder.since,
      commander: holder.login,
      by: holder.by
    });
  for (const update of state.updates)
    add({
      kind: "update",
      key: `update:${update.commentId}`,
      at: update.at,
      text: update.text,
      by: update.by,
      seq: update.commentId
    });
  if (state.resolvedAt !== null && !state.open)
    add({ kind: "resolved", key: `resolved:${state.resolvedAt}`, at: state.resolvedAt });
  if (state.postmortem !== null) {
    const at = state.resolvedAt ?? state.closedAt ?? state.lastEventAt;
    add({ kind: "postmortem", key: `postmortem:${state.postmortem.number}`, at });
  }
  return facts.sort(compareFacts);
}

// src/core/notify/sent-record.ts
var PREFIX3 = `${MARKER_PREFIX}chat-sent `;
var SUFFIX2 = " -->";
var sentMarker = (channel, mark) => `${PREFIX3}${channel} ${mark.at} ${encodeURIComponent(mark.key)}${SUFFIX2}`;
function readSentRecords(body) {
  const records = /* @__PURE__ */ new Map();
  if (body === void 0) return records;
  for (const line of markerHeader(body)) {
    if (!line.startsWith(PREFIX3)) continue;
    const [channel, at, key, extra] = line.slice(PREFIX3.length, line.length - SUFFIX2.length).split(" ");
    if (channel === void 0 || at === void 0 || key === void 0 || extra !== void 0) continue;
    try {
      records.set(channel, { at, key: decodeURIComponent(key) });
    } catch {
    }
  }
  return records;
}
var sentMarkers = (records) => [...records.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([c, m]) => sentMarker(c, m));
var kindOf = (key) => key.slice(0, key.indexOf(":") < 0 ? key.length : key.indexOf(":"));
function owedAfter(facts, mark) {
  if (mark === void 0) return [...facts];
  const at = facts.findIndex((f) => f.key === mark.key);
  if (at >= 0) return facts.slice(at + 1);
  const kind = kindOf(mark.key);
  const seq = kind === "update" ? Number(mark.key.slice("update:".length)) : Number.NaN;
  const gone = { at: mark.at, key: mark.key, kind, ...Number.isSafeInteger(seq) ? { seq } : {} };
  return facts.filter((f) => compareFacts(f, gone) > 0);
}

// src/core/postmortem/action-items.ts
function sha1(text) {
  return process.getBuiltinModule("node:crypto").createHash("sha1").update(text).digest("hex");
}
var LOGIN2 = /(?:^|[^\w@`])@([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})(?![\w/-])/;
var TERMINATOR = /[\u2028\u2029]/;
function taskItem(line) {
  let at = 0;
  while (at < 3 && isSpace(line.charAt(at))) at++;
  if (!"-*+".includes(line.charAt(at)) || line.charAt(at) === "") return void 0;
  const box = skipSpaces(line, at + 1);
  if (box === at + 1 || line.charAt(box) !== "[" || line.charAt(box + 2) !== "]") return void 0;
  const mark = line.charAt(box + 1);
  if (mark !== " " && mark !== "x" && mark !== "X") return void 0;
  const start = skipSpaces(line, box + 3);
  if (start === box + 3) return void 0;
  const text = line.slice(start).trimEnd();
  if (TERMINATOR.test(text)) return void 0;
  if (text === "" && !/[^\u2028\u2029]/.test(line.slice(box + 4, start))) return void 0;
  return { done: mark !== " ", text };
}
function withoutOwner(text) {
  const trimmed = text.trimEnd();
  const open2 = trimmed.lastIndexOf("(@");
  if (!trimmed.endsWith(")") || open2 < 0) return text;
  const login = trimmed.slice(open2 + 2, -1);
  return login !== "" && /^[\w-]+$/.test(login) ? trimmed.slice(0, open2) : text;
}
function frontMatter(document, field) {
  const block = /^---\n([\s\S]*?)\n---/.exec(document.replace(/\r\n?/g, "\n"))?.[1] ?? "";
  const line = block.split("\n").find((l) => l.startsWith(`${field}:`));
  if (line === void 0) return null;
  const raw = line.slice(field.length + 1).trim();
  if (raw === "null" || raw === "~" || raw === "") return null;
  const quoted2 = /^"(.*)"$/.exec(raw) ?? /^'(.*)'$/.exec(raw);
  return quoted2 ? (quoted2[1] ?? "").replace(/\\"/g, '"') : raw;
}
function parseActionItems(document) {
  const lines = document.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((l) => /^##\s+action items\s*$/i.test(l.trim()));
  if (start < 0) return [];
  const items = [];
  let fence = false;
  for (const line of lines.slice(start + 1)) {
    if (/^\s{0,3}(```|~~~)/.test(line)) fence = !fence;
    if (fence) continue;
    if (/^##\s/.test(line)) break;
    const m = taskItem(line);
    if (!m) continue;
    const text = m.text;
    const assignee = LOGIN2.exec(text)?.[1] ?? null;
    const normalised = text.replace(/\s+/g, " ").toLowerCase();
    items.push({
      text,
      assignee: assignee?.endsWith("[bot]") ? null : assignee,
      done: m.done,
      key: sha1(normalised).slice(0, 12)
    });
  }
  return items;
}
var actionItemMarker = (incident, pull, key) => `${MARKER_PREFIX}action-item:${incident}:${pull}:${key} -->`;
function readActionItemMarker(body) {
  const v = headerValue(body, `${MARKER_PREFIX}action-item:`);
  const m = v === null ? null : /^(\d{1,9}):(\d{1,9}):([0-9a-f]{1,40})$/.exec(v);
  return m ? { incident: Number(m[1]), pull: Number(m[2]), key: m[3] ?? "" } : null;
}
var dueMarker = (date2) => `${MARKER_PREFIX}due:${date2} -->`;
var readDueMarker = (body) => {
  const v = headerValue(body, `${MARKER_PREFIX}due:`);
  return v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
};
function dueDays(config2, severity) {
  const days = config2.actionItems.dueDays;
  if (severity !== null && days[severity] !== void 0) return days[severity];
  if (days.default !== void 0) return days.default;
  const rank = config2.severities.find((s) => s.id === severity)?.rank ?? 3;
  return rank === 1 ? 14 : rank === 2 ? 30 : 60;
}
function actionItemIssue(input) {
  const { item, pull, incident } = input;
  const title = withoutOwner(item.text).replace(/\s+/g, " ").trim().slice(0, 240);
  const body = [
    actionItemMarker(incident, pull.number, item.key),
    dueMarker(input.due),
    `**Action item** from the postmortem of incident #${incident} (${pull.url}, \`${input.document}\`).`,
    "",
    `> ${inlineText(item.text, 1e3)}`,
    "",
    `**Due:** ${input.due}${input.severity ? ` (${input.severity})` : ""}`
  ].join("\n");
  return { title: title === "" ? "Action item" : title, body };
}

// src/core/state/decisions.ts
var same3 = (a, b) => a.toLowerCase() === b.toLowerCase();
var holdsRole = (acc, roleId, login) => (acc.holders.get(roleId) ?? []).some((h) => same3(h.login, login));
var link2 = (source) => source.url === void 0 ? {} : { url: source.url };
function decideSeverity(acc, level, source) {
  const s = acc.state;
  acc.severityPendingSince = null;
  if (holdsRole(acc, "decider", source.by)) s.severityConfirmed = true;
  if (s.severity?.id === level.id) return;
  const from = s.severity ?? acc.removedSeverity;
  acc.removedSeverity = null;
  const count = s.severityChanges.filter((c) => c.to === level.id).length;
  const raised = from === null || level.rank < from.rank;
  s.severityChanges.push({
    from: from?.id ?? null,
    to: level.id,
    by: source.by,
    at: source.at,
    raised,
    key: `${level.id}:${count + 1}`
  });
  s.severity = level;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "severity",
    text: (from === null ? `Severity set to ${level.id}` : `Severity ${raised ? "raised" : "lowered"} ${from.id} \u2192 ${level.id}`) + (source.note === void 0 ? "" : ` (${source.note})`),
    ...link2(source)
  });
}
function dropSeverity(acc, level, source) {
  const s = acc.state;
  if (s.severity?.id !== level.id) return;
  const remaining = acc.severityOrder.filter((l) => l.id !== level.id);
  const fallback = remaining[remaining.length - 1];
  if (fallback !== void 0) {
    decideSeverity(acc, fallback, source);
    return;
  }
  s.severity = null;
  acc.removedSeverity = level;
  acc.severityPendingSince = source.at;
}
var SEVERITY_GRACE_MS = 12e4;
function settleSeverity(acc) {
  const since = acc.severityPendingSince;
  if (since === null || !acc.state.isIncident) return;
  const level = acc.implicitSeverity;
  if (level === null) return;
  const note = acc.formSeverity ? "from the issue form" : "the default level";
  decideSeverity(acc, level, { by: acc.state.declaredBy, at: since, note });
}
function settlesSeverity(acc, at) {
  const since = acc.severityPendingSince;
  return since !== null && Date.parse(at) - Date.parse(since) > SEVERITY_GRACE_MS;
}
function decideStatus(acc, status, source) {
  const s = acc.state;
  if (s.status === status) return;
  s.status = status;
  if (status === "identified" && s.identifiedAt === null) s.identifiedAt = source.at;
  if (status === "mitigated" && s.mitigatedAt === null) s.mitigatedAt = source.at;
  s.timeline.push({
    at: source.at,
    by: source.by,
    kind: "status",
    text: `Status: ${status}`,
    ...link2(source)
  });
}
function grantRole(acc, role, login, source, text) {
  const current = acc.holders.get(role.id) ?? [];
  const existing = current.find((h) => same3(h.login, login));
  if (existing !== void 0) {
    existing.grantedAt = source.at;
    return;
  }
  const holder = { login, since: source.at, by: source.by, grantedAt: source.at };
  if (role.id === "commander") acc.state.acknowledgedAt ??= source.at;
  acc.holders.set(role.id, role.multiple ? [...current, holder] : [holder]);
  acc.state.timeline.push({ at: source.at, by: source.by, kind: "role", text, ...link2(source) });
}
function freeRole(acc, role, login, source) {
  const current = acc.holders.get(role.id) ?? [];
  const left = login === void 0 ? [] : current.filter((h) => !same3(h.login, login));
  if (left.length === current.length) return;
  acc.holders.set(role.id, left);
  if (left.length === 0) acc.roleFreedAt.set(role.id, source.at);
  acc.state.timeline.push({
    at: source.at,
    by: source.by,
    kind: "role",
    text: login === void 0 ? `${role.name} role freed` : `@${login} is no longer ${role.name}`,
    ...link2(source)
  });
}

// src/core/state/fold-bot-comments.ts
function foldBotComment(acc, event) {
  const s = acc.state;
  const body = event.body;
  if (body.startsWith(BOARD_MARKER)) {
    if (s.board === null) {
      s.board = { id: event.id, body };
      s.recentChanges = readChangesMarker(body);
    } else s.extraBoards.push(event.id);
    s.postmortem ??= readPostmortemMarker(body);
    return;
  }
  if (body.startsWith(CONFIG_PROBLEMS_MARKER)) {
    s.configErrorComment ??= { id: event.id, body };
    return;
  }
  if (body.startsWith(POSTMORTEM_FAILED_MARKER) && !s.open) s.postmortemFailed = true;
  const items = readActionItemsMarker(body);
  if (items !== null && !s.actionItemPulls.includes(items)) s.actionItemPulls.push(items);
  foldGateRecord(acc, event);
  for (const key of readReminderKeys(body)) s.reminded.add(key);
  const paged = readOncallMarker(body);
  if (paged !== null) {
    s.oncallPaged.add(paged.role);
    const role = acc.config.roles.find((r) => r.id === paged.role);
    if (role && paged.assign) {
      const source = { by: event.actor.login, at: event.at, url: event.url };
      grantRole(acc, role, paged.login, source, `@${paged.login} is ${role.name} (on call)`);
    }
    return;
  }
  const reverted = readRevertMarker(body);
  if (reverted !== null) {
    s.reverts.set(reverted.commentId, { pull: reverted.pull, revert: reverted.revert });
    const text = reverted.revert ? `Revert of #${reverted.pull} opened: #${reverted.revert.number}` : `Revert of #${reverted.pull} could not be opened`;
    s.timeline.push({
      at: event.at,
      by: event.actor.login,
      kind: "revert",
      text,
      url: reverted.revert?.url ?? event.url
    });
  }
  const replyTo = readReplyMarker(body);
  if (replyTo !== null) s.repliedTo.add(replyTo);
  const notified = readNotifyMarker(body);
  if (notified !== null) s.notified.add(notified);
  const postmortem = readPostmortemMarker(body);
  if (postmortem !== null) s.postmortem = postmortem;
  foldAlertComment(acc, event);
  if (hasHeaderMarker(body, ALERT_MARKER)) {
    const raw = readAlertTextMarker(body);
    const text = raw === null ? body.slice(ALERT_MARKER.length).trim().split("\n")[0] ?? "" : `Alert repeated: ${raw}`;
    s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text, url: event.url });
  }
}
function foldAlertComment(acc, event) {
  const s = acc.state;
  if (s.alerts === null) return;
  const count = readAlertCountMarker(event.body);
  if (count !== null) s.alerts.notifications = Math.max(s.alerts.notifications, count);
  if (hasHeaderMarker(event.body, ALERT_MARKER))
    s.alerts.notifications = Math.max(s.alerts.notifications, ++s.alerts.repeats + 1);
  const change = readAlertStateMarker(event.body);
  if (change === null) return;
  s.alerts.status = change;
  s.alerts.since = event.at;
  const text = change === "resolved" ? "All alerts resolved" : "Alerts firing again";
  s.timeline.push({ at: event.at, by: event.actor.login, kind: "alert", text, url: event.url });
}
function foldGateRecord(acc, event) {
  const gate = readGateMarker(event.body);
  if (gate === null) return;
  const s = acc.state;
  if (s.deploys.some((d) => d.run === gate.run && d.environment === gate.environment)) return;
  s.deploys.push({ ...gate, at: event.at });
  const environment = gate.environment;
  const text = gate.state === "held" ? `Deployment to ${environment} held (run ${gate.run})` : `Deployment to ${environment} let through as a fix (run ${gate.run})`;
  s.timeline.push({ at: event.at, by: event.actor.login, kind: "gate", text, url: event.url });
}

// src/core/commands/authorize.ts
var needsPermission = (command, config2) => config2.commands.requirePermission.includes(command.kind);
function mayRunCommands(author, config2) {
  const allowed = config2.commands.allow.includes(author.association) || isAllowedUser(config2, author.login);
  if (allowed) return { ok: true };
  return {
    ok: false,
    reason: `only ${config2.commands.allow.map((a) => a.toLowerCase()).join(", ")} accounts of this repository may run incident commands (you are ${author.association.toLowerCase().replaceAll("_", " ")})`
  };
}
function authorize(command, author, config2, roles) {
  const may = mayRunCommands(author, config2);
  if (!may.ok) return may;
  const listed = isAllowedUser(config2, author.login);
  if (!listed && needsPermission(command, config2) && !canDecide(author.permission)) {
    const yours = author.permission === void 0 ? "your permission could not be read" : `you have ${author.permission}`;
    return {
      ok: false,
      reason: `\`/${command.kind}\` needs ${DECIDING_PERMISSION} permission or more on this repository (${yours})`
    };
  }
  const sevRoles = config2.commands.sevRoles;
  if (command.kind === "sev" && sevRoles.length > 0) {
    const holds = roles.some(
      (r) => sevRoles.includes(r.role.id) && r.holders.some((h) => h.login.toLowerCase() === author.login.toLowerCase())
    );
    if (!holds) return { ok: false, reason: `only the ${sevRoles.join(" or ")} may change the severity` };
  }
  return { ok: true };
}

// src/core/commands/command-line.ts
var COMMAND_LINE = /^ {0,3}\//m;

// src/core/commands/command-lines.ts
var MAX_COMMAND_LINES = 20;
var MAX_ARGUMENT_LENGTH = 2e3;
var COMMAND = /^ {0,3}\/([A-Za-z][A-Za-z0-9_-]{0,39})(?:\s+(.*))?$/s;
function fenceOf(line) {
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const code = line.charCodeAt(at);
  if (code !== 96 && code !== 126) return void 0;
  let end = at;
  while (line.charCodeAt(end) === code) end++;
  if (end - at < 3) return void 0;
  return {
    char: code === 96 ? "`" : "~",
    length: end - at,
    rest: end === line.length ? "" : line.slice(end)
  };
}
function insideHtmlComment(line, open2) {
  let inside = open2;
  for (let at = 0; ; ) {
    const next = inside ? line.indexOf("-->", at) : line.indexOf("<!--", at);
    if (next < 0) return inside;
    at = next + (inside ? 3 : 4);
    inside = !inside;
  }
}
function nextOf(text, needle) {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(needle, from);
    return found;
  };
}
function lineEnds(text) {
  let lf = -2;
  let cr = -2;
  return (start) => {
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    if (lf < 0) return cr < 0 ? text.length : cr;
    return cr < 0 ? lf : Math.min(lf, cr);
  };
}
function plainLine(text, start, end, htmlOpen) {
  let at = start;
  while (at < start + 3 && at < end && text.charCodeAt(at) === 32) at++;
  const first = at < end ? text.charCodeAt(at) : -1;
  if (first === 96 || first === 126 || first === 62 || first === 47) return false;
  const open2 = htmlOpen(start);
  return open2 < 0 || open2 >= end;
}
function commandLines(body, limit) {
  const found = [];
  let fence;
  let inHtmlComment = false;
  const lineEnd = lineEnds(body);
  const htmlOpen = nextOf(body, "<!--");
  for (let start = 0, index = 0; start <= body.length && found.length < limit; index++) {
    const end = lineEnd(start);
    const lineStart = start;
    start = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (!fence && !inHtmlComment && plainLine(body, lineStart, end, htmlOpen)) continue;
    const raw = body.slice(lineStart, end);
    if (fence) {
      const close = fenceOf(raw);
      if (close?.char === fence.char && close.length >= fence.length && (close.rest === "" || close.rest.trim() === "")) {
        fence = void 0;
      }
      continue;
    }
    if (inHtmlComment) {
      inHtmlComment = insideHtmlComment(raw, true);
      continue;
    }
    let at = 0;
    while (at < 3 && raw.charCodeAt(at) === 32) at++;
    const first = raw.charCodeAt(at);
    const open2 = first === 96 || first === 126 ? fenceOf(raw) : void 0;
    if (open2 && (open2.rest === "" || !(open2.char === "`" && open2.rest.includes("`")) && !/[\u2028\u2029]/.test(open2.rest))) {
      fence = open2;
      continue;
    }
    if (first === 62) continue;
    const m = first === 47 ? COMMAND.exec(raw) : null;
    if (m) found.push({ name: m[1], args: m[2] ?? "", line: index + 1, raw });
    inHtmlComment = insideHtmlComment(raw, false);
  }
  return found;
}

// src/core/commands/quote.ts
var quote = (word) => JSON.stringify([...word].slice(0, 40).join(""));

// src/core/commands/started-time.ts
var ABSOLUTE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:T|\s+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
var CLOCK = /^()()()([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?\s*(Z|UTC|GMT|[+-][0-9]{2}(?::?[0-9]{2})?)?$/i;
var RELATIVE = /^((?:[0-9]{1,6}\s*[a-z]+[\s,]*)+)ago$/i;
var UNIT_MS = [
  [/^(s|secs?|seconds?)$/i, 1e3],
  [/^(m|mins?|minutes?)$/i, 6e4],
  [/^(h|hrs?|hours?)$/i, 36e5],
  [/^(d|days?)$/i, 864e5]
];
function amounts(text) {
  const out = [];
  for (let at = 0; at < text.length; ) {
    if (!isDigit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const digits = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) at++;
    const n = text.slice(digits, at);
    at = skipSpaces(text, at);
    const letters = at;
    while (at < text.length && isLetter(text.charCodeAt(at))) at++;
    if (at > letters) out.push([n, text.slice(letters, at)]);
  }
  return out;
}
var SKEW_MS = 5 * 6e4;
function parseStartedTime(args, now, timeZone) {
  const text = args.trim();
  const nowMs = now.getTime();
  const usage = `use /started 2024-05-01 14:05, /started 14:05 or /started 30m ago (without a zone: ${timeZone})`;
  const fail2 = (why) => ({ reason: text === "" ? usage : `${why} ${quote(text)}; ${usage}` });
  const m = text.length > 60 ? null : ABSOLUTE.exec(text) ?? CLOCK.exec(text);
  let at;
  if (text.toLowerCase() === "now") at = nowMs;
  else if (m) {
    const zone = m[7] ?? timeZone;
    const today = new Date(nowMs + zoneOffset(zone, nowMs));
    const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1, 7).map((v) => v ? Number(v) : void 0);
    const date2 = m[1] ? [y ?? 0, (mo ?? 0) - 1, d ?? 0] : [today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()];
    const [year = 0, month = 0, day = 0] = date2;
    const wall = Date.UTC(year, month, day, h, mi, s);
    const check = new Date(wall);
    if (year < 1970 || check.getUTCMonth() !== month || check.getUTCDate() !== day || h > 23 || mi > 59 || s > 59) {
      return fail2("not a valid time:");
    }
    at = fromWall(wall, zone);
    if (at > nowMs + SKEW_MS && m[1]) return fail2("in the future:");
    if (at > nowMs + SKEW_MS) at = fromWall(wall - 864e5, zone);
  } else {
    const rel = text.length > 60 ? null : RELATIVE.exec(text);
    if (!rel) return fail2("cannot read the time");
    at = nowMs;
    for (const [n, unit] of amounts(rel[1])) {
      const factor = UNIT_MS.find(([re]) => re.test(unit))?.[1];
      if (factor === void 0) return fail2(`unknown unit ${quote(unit)} in`);
      at -= Number(n) * factor;
    }
  }
  return { at: new Date(Math.min(at, nowMs)).toISOString() };
}

// src/core/commands/users.ts
var LOGIN3 = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var TEAM = /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9_.-]+$/;
function parseUsers(words) {
  const users = [];
  const seen = /* @__PURE__ */ new Set();
  for (const word of words) {
    const w = trimEndOf(word, ".;:!?");
    const lower = w.toLowerCase();
    if (w === "" || lower === "and" || w === "&") continue;
    if (lower === "me" || lower === "@me") {
      if (!seen.has("@me")) users.push({ me: true });
      seen.add("@me");
    } else if (w.startsWith("@") && LOGIN3.test(w.slice(1))) {
      if (!seen.has(lower.slice(1))) users.push({ login: w.slice(1) });
      seen.add(lower.slice(1));
    } else if (TEAM.test(w.replace(/^@/, ""))) {
      return { reason: `${quote(w)} is a team; roles are held by people: name them as @login or me` };
    } else {
      return { reason: `${quote(w)} is not a person: name people as @login or me` };
    }
  }
  return { users };
}

// src/core/commands/handlers.ts
var MAX_TITLE = 256;
var invalid = (name, reason3) => ({ kind: "invalid", name, reason: reason3 });
var firstWord = (args) => {
  const m = /^(\S+)\s*(.*)$/s.exec(args.trim());
  return m ? [m[1], m[2]] : ["", ""];
};
var withText = (body, text) => text === "" ? body : { ...body, text };
function levels(config2) {
  const ids = config2.severities.map((s) => s.id);
  return `${ids.slice(0, -1).join(", ")}${ids.length > 1 ? " or " : ""}${ids.at(-1)} (or 1-${ids.length})`;
}
function roleCommand(typed, role, words) {
  const usage = typed === "role" ? `/role ${role.id} <@user|me>\u2026` : `/${typed} <@user|me>\u2026`;
  const name = typed === "role" ? "role" : role.id;
  const parsed = parseUsers(words);
  if ("reason" in parsed) return invalid(name, `${parsed.reason} (usage: ${usage})`);
  if (parsed.users.length === 0) return invalid(name, `name at least one person: ${usage}`);
  if (!role.multiple && parsed.users.length > 1) {
    return invalid(name, `${role.id} is held by one person at a time: ${usage.replace("\u2026", "")}`);
  }
  return { kind: "role", role: role.id, users: parsed.users };
}
var unknownRole = (word, config2, usage) => `unknown role ${quote(word)}; the roles are ${config2.roles.map((r) => r.id).join(", ")} (usage: ${usage})`;
var textCommand = (kind) => (args) => {
  const text = args.trim();
  return text === "" ? invalid(kind, `usage: /${kind} <text>`) : { kind, text };
};
var HANDLERS = {
  declare(args, config2) {
    const usage = "usage: /declare [--drill] [SEVn] <title>";
    const drill = /(^|\s)--drill(?=\s|$)/i.test(args);
    const rest0 = args.replace(/(^|\s)--drill(?=\s|$)/i, " ").trim();
    const [word, rest] = firstWord(rest0);
    const level = word === "" ? void 0 : resolveSeverity(word, config2, false);
    if (!level && SEV_N.test(word))
      return invalid("declare", `there is no level ${quote(word)}: use ${levels(config2)}; ${usage}`);
    const title = level ? rest : rest0;
    if (title === "") return invalid("declare", `give the incident a title: ${usage}`);
    if ([...title].length > MAX_TITLE)
      return invalid("declare", `the title is longer than ${MAX_TITLE} characters`);
    return {
      kind: "declare",
      title,
      ...level ? { severity: level.id } : {},
      ...drill ? { drill: true } : {}
    };
  },
  sev(args, config2) {
    const [word, rest] = firstWord(args);
    if (word === "") return invalid("sev", `usage: /sev <level>, one of ${levels(config2)}`);
    const level = resolveSeverity(word, config2);
    if (!level) return invalid("sev", `there is no level ${quote(word)}: use /sev with ${levels(config2)}`);
    return withText({ kind: "sev", severity: level.id }, rest);
  },
  role(args, config2) {
    const [word, ...users] = args.trim().split(/[\s,]+/);
    const usage = "/role <role> <@user|me>\u2026";
    if (!word) return invalid("role", `usage: ${usage}`);
    const role = resolveRole(word, config2);
    return role ? roleCommand("role", role, users) : invalid("role", unknownRole(word, config2, usage));
  },
  unrole(args, config2) {
    const [word, ...rest] = args.trim().split(/[\s,]+/);
    const usage = "/unrole <role> [@user|me]";
    if (!word) return invalid("unrole", `usage: ${usage}`);
    const role = resolveRole(word, config2);
    if (!role) return invalid("unrole", unknownRole(word, config2, usage));
    const parsed = parseUsers(rest);
    if ("reason" in parsed) return invalid("unrole", `${parsed.reason} (usage: ${usage})`);
    if (parsed.users.length > 1) return invalid("unrole", `name one person at a time: ${usage}`);
    const [user] = parsed.users;
    return user ? { kind: "unrole", role: role.id, user } : { kind: "unrole", role: role.id };
  },
  status(args, config2) {
    const [word, rest] = firstWord(args);
    const prefix = config2.labels.statusPrefix.toLowerCase();
    const lower = word.toLowerCase();
    const status = lower.startsWith(prefix) ? lower.slice(prefix.length) : lower;
    const usage = "use /status investigating, /status identified or /status mitigated";
    if (status === "resolved")
      return invalid("status", "resolved is not a status: close the incident with /resolve [summary]");
    if (!LABELLED_STATUSES.includes(status)) {
      return invalid("status", word === "" ? usage : `unknown status ${quote(word)}: ${usage}`);
    }
    return withText({ kind: "status", status }, rest);
  },
  update: textCommand("update"),
  impact: textCommand("impact"),
  note: textCommand("note"),
  followup: textCommand("followup"),
  done(args, config2) {
    const [word, rest] = firstWord(args);
    const steps = [...new Set(config2.severities.flatMap((s) => s.flow.map((f) => f.id)))];
    const step = steps.find((id) => id.toLowerCase() === word.toLowerCase());
    if (!step) {
      const known = `the steps are ${steps.join(", ")}`;
      return invalid(
        "done",
        word === "" ? `usage: /done <step>; ${known}` : `unknown step ${quote(word)}; ${known}`
      );
    }
    return withText({ kind: "done", step }, rest);
  },
  started(args, config2, now) {
    const result = parseStartedTime(args, now, config2.timeZone);
    return "at" in result ? { kind: "started", at: result.at } : invalid("started", result.reason);
  },
  resolve(args) {
    const text = args.trim();
    return text === "" ? { kind: "resolve" } : { kind: "resolve", text };
  },
  timeline(args, config2, now) {
    const words = args.trim().split(/\s+/);
    const usage = "usage: /timeline <time> <what happened>, e.g. /timeline 09:12 errors started";
    for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
      const parsed = parseStartedTime(words.slice(0, n).join(" "), now, config2.timeZone);
      if ("at" in parsed) return { kind: "timeline", at: parsed.at, text: words.slice(n).join(" ") };
    }
    const alone = parseStartedTime(args, now, config2.timeZone);
    if ("at" in alone || args.trim() === "") return invalid("timeline", usage);
    return invalid("timeline", `cannot read a time at the start of ${quote(args.trim())}; ${usage}`);
  },
  oncall: () => ({ kind: "oncall" }),
  revert(args) {
    const word = args.trim();
    const digits = word.startsWith("#") ? word.slice(1) : word;
    const pull = digits.length > 0 && digits.length <= 9 && /^\d+$/.test(digits) ? Number(digits) : 0;
    return pull > 0 ? { kind: "revert", pull } : invalid("revert", "name one pull request of this repository: /revert #<number>");
  },
  public(args) {
    const text = args.trim();
    return text === "" ? invalid("public", "usage: /public <text for the status page>") : { kind: "public", text };
  },
  "public-title"(args) {
    const text = args.trim();
    if (text === "") return invalid("public-title", "usage: /public-title <title for the status page>");
    if ([...text].length > MAX_TITLE)
      return invalid("public-title", `the title is longer than ${MAX_TITLE} characters`);
    return { kind: "public-title", text };
  },
  component(args, config2) {
    const words = args.trim().toLowerCase().split(/[\s,]+/).filter((w) => w !== "");
    const states = COMPONENT_STATES.join(", ");
    const usage = `usage: /component <id>\u2026 <state>; the states are ${states}`;
    const ids = config2.components.map((c) => c.id);
    if (ids.length === 0)
      return invalid("component", "no components are configured (`components` in .github/incidents.yml)");
    const state = words.at(-1)?.replace(/_/g, "-");
    if (words.length < 2 || !COMPONENT_STATES.includes(state ?? ""))
      return invalid(
        "component",
        words.length === 0 ? usage : `unknown state ${quote(words.at(-1) ?? "")}; ${usage}`
      );
    const components = [];
    for (const word of words.slice(0, -1)) {
      const id = ids.find((c) => c.toLowerCase() === word);
      if (!id)
        return invalid("component", `unknown component ${quote(word)}; the components are ${ids.join(", ")}`);
      if (!components.includes(id)) components.push(id);
    }
    return { kind: "component", components, state };
  },
  help: () => ({ kind: "help" })
};
var ALIASES = { severity: "sev", "follow-up": "followup" };

// src/core/commands/types.ts
var COMMAND_HELP = [
  {
    usage: "/declare [--drill] [SEVn] <title>",
    summary: "Open a new incident (at the default level when none is given); `--drill` for practice."
  },
  { usage: "/sev <level>", summary: "Set the severity: `/sev 1`, `/sev SEV1` (1 is the most severe)." },
  {
    usage: "/role <role> <@user|me>\u2026",
    summary: "Give a role to someone (several people for multi-person roles)."
  },
  { usage: "/<role> <@user|me>\u2026", summary: "Shorthand, e.g. `/commander me`, `/responder @a @b`." },
  {
    usage: "/unrole <role> [@user|me]",
    summary: "Take a role back (from everyone holding it when nobody is named)."
  },
  { usage: "/status <investigating|identified|mitigated>", summary: "Move the incident to a new status." },
  { usage: "/update <text>", summary: "Post a status update; the next one is due a cadence later." },
  { usage: "/impact <text>", summary: "Say who or what is affected." },
  { usage: "/note <text>", summary: "Add a note to the timeline." },
  { usage: "/followup <text>", summary: "Record a follow-up action for the postmortem." },
  { usage: "/done <step>", summary: "Tick a step of the response checklist." },
  {
    usage: "/started <time>",
    summary: "When impact began: `2024-05-01 14:05`, `14:05`, `30m ago` or ISO 8601."
  },
  {
    usage: "/timeline <time> <text>",
    summary: "Add a back-dated entry: `/timeline 09:12 errors started`, `/timeline 40m ago deploy 4512`."
  },
  { usage: "/oncall", summary: "Who is on call now, and who is next." },
  {
    usage: "/public <text>",
    summary: "Post an update to the public status page (nothing else leaves the repository)."
  },
  { usage: "/public-title <text>", summary: "The incident's title on the public status page." },
  {
    usage: "/component <id>\u2026 <state>",
    summary: "Set components' state on the status page: operational, degraded, partial-outage or major-outage."
  },
  {
    usage: "/revert #<pr>",
    summary: "Open the pull request that reverts a merged pull request (GitHub's own revert)."
  },
  { usage: "/resolve [summary]", summary: "Resolve the incident and close the issue." },
  { usage: "/help", summary: "Show this help." }
];

// src/core/commands/help.ts
function helpMarkdown(config2) {
  const cell = (s) => s.replaceAll("|", "\\|");
  const rows = COMMAND_HELP.map((c) => `| \`${cell(c.usage)}\` | ${cell(c.summary)} |`);
  const sevs = config2.severities.map(
    (s) => `\`${s.id}\` (${s.rank}${s.label === s.id ? "" : `, label ${inlineText(s.label, 50)}`})`
  );
  const roles = config2.roles.map((r) => `\`${r.id}\`${r.multiple ? " (several people)" : ""}`);
  return [
    "**Incident commands**: one per line, each at the start of its line.",
    "",
    "| Command | What it does |",
    "| --- | --- |",
    ...rows,
    "",
    `**Levels:** ${sevs.join(", ")}. **Roles:** ${roles.join(", ")}.`,
    `Times without a zone are read as ${inlineText(config2.timeZone, 60)}.`
  ].join("\n");
}

// src/core/commands/parse.ts
function distance(a, b) {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(next[j - 1] + 1, row[j] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}
function unknown(name, config2) {
  const names = [...Object.keys(HANDLERS), ...config2.roles.map((r) => r.id.toLowerCase())];
  let best;
  let bestDistance = name.length < 4 ? 1 : 2;
  for (const candidate of names) {
    const d = distance(name, candidate);
    if (d <= bestDistance && (best === void 0 || d < bestDistance)) [best, bestDistance] = [candidate, d];
  }
  return best === void 0 ? { kind: "unknown", name } : { kind: "unknown", name, suggestion: best };
}
function parseCommand(rawName, args, config2, now) {
  const name = rawName.toLowerCase();
  const canonical = ALIASES[name] ?? name;
  const handler = Object.hasOwn(HANDLERS, canonical) ? HANDLERS[canonical] : void 0;
  if (handler) return handler(args, config2, now);
  const sev = SEV_N.exec(name);
  if (sev) return HANDLERS.sev(`${sev[1]} ${args}`, config2, now);
  const role = resolveRole(name, config2);
  if (role) return roleCommand(name, role, args.trim().split(/[\s,]+/));
  return unknown(name, config2);
}
function commandOf(found, config2, now) {
  const source = { line: found.line, raw: found.raw };
  if (found.args.length > MAX_ARGUMENT_LENGTH) {
    const reason3 = `the text after /${found.name} is ${found.args.length} characters long; at most ${MAX_ARGUMENT_LENGTH} are read`;
    return { kind: "invalid", name: found.name.toLowerCase(), reason: reason3, ...source };
  }
  return { ...parseCommand(found.name, found.args, config2, now), ...source };
}
function parseCommands(body, config2, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const found = commandLines(body, MAX_COMMAND_LINES + 1);
  const commands = found.slice(0, MAX_COMMAND_LINES).map((line) => commandOf(line, config2, now));
  const extra = found[MAX_COMMAND_LINES];
  if (extra !== void 0) {
    const reason3 = `a comment may hold at most ${MAX_COMMAND_LINES} commands; this line and those after it were not run`;
    commands.push({
      kind: "invalid",
      name: extra.name.toLowerCase(),
      reason: reason3,
      line: extra.line,
      raw: extra.raw
    });
  }
  return commands;
}

// src/core/oncall/describe.ts
function oncallAnswer(config2, at) {
  if (config2.oncall.length === 0) {
    return "No on-call rotation is configured (`oncall` in `.github/incidents.yml`).";
  }
  const when = Date.parse(at);
  const lines = config2.oncall.map((r) => {
    const role = config2.roles.find((x) => x.id === r.role)?.name ?? r.role;
    const { now, next } = onCall(r, when);
    const until = formatTime(new Date(now.until).toISOString(), r.timeZone);
    return `| ${role} | ${mention(now.person)}${now.override ? " (override)" : ""} | ${until} | ${mention(next.person)} |`;
  });
  return [
    `**On call** at ${formatTime(at, config2.timeZone)}:`,
    "",
    "| Role | Now | Until | Next |",
    "| --- | --- | --- | --- |",
    ...lines
  ].join("\n");
}

// src/core/state/answer.ts
var quoted = (raw) => `**${inlineText(raw, 120)}**`;
function commandAnswerLine(config2, command, at) {
  switch (command.kind) {
    case "oncall":
      return oncallAnswer(config2, at);
    case "declare":
      return `${quoted(command.raw)}: this issue is already an incident.`;
    case "help":
      return helpMarkdown(config2);
    case "unknown":
      return `${quoted(command.raw)}: unknown command.

${helpMarkdown(config2)}`;
    case "invalid":
      return `${quoted(command.raw)}: ${inlineText(command.reason, 300)}`;
    default:
      return null;
  }
}
var refusalLine = (raw, reason3) => `${quoted(raw)} was not run: ${reason3}.`;

// src/core/state/apply-command.ts
function said(event, text) {
  return { text, by: event.actor.login, at: event.at, commentId: event.id, url: event.url };
}
var TEXT_LABEL = {
  update: "Update",
  impact: "Impact",
  note: "Note",
  followup: "Follow-up"
};
function applyText(acc, event, kind, text) {
  const s = acc.state;
  const item = said(event, text);
  if (kind === "impact") s.impact = item;
  else if (kind === "update") s.updates.push(item);
  else if (kind === "note") s.notes.push(item);
  else s.followups.push(item);
  s.timeline.push({
    at: event.at,
    by: event.actor.login,
    kind,
    text: `${TEXT_LABEL[kind]}: ${text}`,
    url: event.url
  });
}
function applyCommand(acc, event, command) {
  const s = acc.state;
  const by = event.actor.login;
  switch (command.kind) {
    case "update":
    case "impact":
    case "note":
    case "followup":
      applyText(acc, event, command.kind, command.text);
      return;
  }
  const source = { by, at: event.at, url: event.url };
  const resolveUser = (u) => "me" in u ? by : u.login;
  switch (command.kind) {
    case "resolve":
      s.resolution = said(event, command.text ?? "");
      if (s.open) s.resolveRequested = true;
      return;
    case "done":
      s.doneSteps.set(command.step.toLowerCase(), { by, at: event.at });
      s.timeline.push({ at: event.at, by, kind: "done", text: `Done: ${command.step}`, url: event.url });
      return;
    case "public":
      s.publicUpdates.push(said(event, command.text));
      s.timeline.push({ ...source, kind: "public", text: `Public update: ${command.text}`, url: event.url });
      return;
    case "public-title":
      s.publicTitle = command.text;
      s.timeline.push({ ...source, kind: "public", text: `Public title: ${command.text}`, url: event.url });
      return;
    case "component":
      for (const id of command.components) s.components.set(id, { state: command.state, at: event.at, by });
      s.timeline.push({
        ...source,
        kind: "component",
        text: `${command.components.join(", ")}: ${command.state}`,
        url: event.url
      });
      return;
    case "revert":
      s.revertRequests.push({ pull: command.pull, commentId: event.id, by, at: event.at, url: event.url });
      return;
    case "timeline":
      s.timeline.push({ at: command.at, by, kind: "timeline", text: command.text, url: event.url });
      return;
    case "started":
      s.startedAt = command.at;
      s.timeline.push({
        ...source,
        kind: "started",
        text: `Started at set to ${command.at}`,
        url: event.url
      });
      return;
    case "sev": {
      const level = acc.config.severities.find((l) => l.id === command.severity);
      if (level) decideSeverity(acc, level, source);
      return;
    }
    case "status":
      decideStatus(acc, command.status, source);
      return;
    case "role": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (!role) return;
      for (const user of command.users) {
        const login = resolveUser(user);
        grantRole(acc, role, login, source, `@${login} is ${role.name}`);
      }
      return;
    }
    case "unrole": {
      const role = acc.config.roles.find((r) => r.id === command.role);
      if (role) freeRole(acc, role, command.user && resolveUser(command.user), source);
      return;
    }
    default:
      return;
  }
}

// src/core/state/fold-comments.ts
function commandsOf(cache, event, config2) {
  let commands = cache?.get(event);
  if (commands === void 0) {
    commands = parseCommands(event.body, config2, { now: new Date(event.at) });
    cache?.set(event, commands);
  }
  return commands;
}
var parsedCommands = (acc, event) => commandsOf(acc.commands, event, acc.config);
var NO_ROLES = [];
function rolesBefore(acc, commands) {
  if (acc.config.commands.sevRoles.length === 0 || !commands.some((c) => c.kind === "sev")) return NO_ROLES;
  return acc.config.roles.map((role) => ({
    role,
    holders: [...acc.holders.get(role.id) ?? []],
    required: false
  }));
}
function foldCommands(acc, event) {
  if (!COMMAND_LINE.test(event.body)) return;
  const author = { login: event.actor.login, association: event.association };
  const may = mayRunCommands(author, acc.config);
  if (!may.ok) {
    refuseUnparsed(acc, event, may.reason);
    return;
  }
  const commands = parsedCommands(acc, event);
  if (commands.length === 0) return;
  const lines = [];
  let accepted = 0;
  const roles = rolesBefore(acc, commands);
  const permitted = {
    ...author,
    permission: permissionOf(event.actor.login, event.association, acc.permissions)
  };
  const ran = [];
  for (const command of commands) {
    const ok = authorize(command, permitted, acc.config, roles);
    const line = ok.ok ? commandAnswerLine(acc.config, command, event.at) : refusalLine(command.raw, ok.reason);
    if (line === null) {
      accepted++;
      ran.push(command.kind);
      applyCommand(acc, event, command);
    } else lines.push(line);
  }
  answer(acc, event, lines, accepted, ran);
}
function answer(acc, event, lines, accepted, ran = []) {
  if (!acc.state.isIncident) return;
  acc.state.answers.push({
    commentId: event.id,
    author: event.actor.login,
    at: event.at,
    lines,
    accepted,
    ran,
    plusOnes: event.plusOnes ?? 0
  });
}
function refuseUnparsed(acc, event, reason3) {
  const found = commandLines(event.body, MAX_COMMAND_LINES);
  if (found.length === 0) return;
  answer(
    acc,
    event,
    found.map((line) => refusalLine(line.raw, reason3)),
    0
  );
}
var BODY_COMMANDS = /* @__PURE__ */ new Set(["public", "public-title", "component"]);
function foldBodyCommands(acc) {
  const { issue: issue2 } = acc;
  if (!COMMAND_LINE.test(issue2.body) || issue2.author.isBot) return;
  const event = {
    kind: "commented",
    id: 0,
    at: issue2.createdAt,
    actor: issue2.author,
    body: issue2.body,
    association: issue2.authorAssociation ?? "NONE",
    url: issue2.url
  };
  const author = {
    login: issue2.author.login,
    association: event.association,
    permission: permissionOf(issue2.author.login, event.association, acc.permissions)
  };
  if (!mayRunCommands(author, acc.config).ok) return;
  for (const command of parseCommands(issue2.body, acc.config, { now: new Date(issue2.createdAt) })) {
    if (BODY_COMMANDS.has(command.kind) && authorize(command, author, acc.config, []).ok)
      applyCommand(acc, event, command);
  }
}

// src/core/state/fold-labels.ts
function withLabel(list, label, present) {
  const others = list.filter((l) => l.toLowerCase() !== label.toLowerCase());
  return present ? [...others, label] : others;
}
function isDecision(acc, event) {
  if (!acc.isSelf(event.actor)) return mayDecide(acc, event.actor);
  return acc.isSelf(acc.issue.author) && event.at <= acc.issue.createdAt;
}
function foldActual(acc, event, kind) {
  const s = acc.state;
  const present = event.kind === "labeled";
  s.labels = withLabel(s.labels, event.label, present);
  if (kind.kind === "severity") {
    s.severityLabels = withLabel(s.severityLabels, kind.level.label, present);
    acc.severityOrder = acc.severityOrder.filter((l) => l.id !== kind.level.id);
    if (present) acc.severityOrder.push(kind.level);
  } else if (kind.kind === "status") {
    s.statusLabels = withLabel(s.statusLabels, statusLabel(acc.config, kind.status), present);
  } else if (kind.kind === "incident") {
    if (!present) s.isIncident = false;
  } else if (kind.kind === "drill") {
    s.isDrill = present;
  }
}
function foldDeclaration(acc, event, by) {
  const s = acc.state;
  if (event.kind !== "labeled" || s.timeline.some((e) => e.kind === "declared")) return;
  s.declaredAt = event.at;
  s.declaredBy = by;
  if (event.at < s.startedAt) s.startedAt = event.at;
  s.timeline.push({ at: event.at, by, kind: "declared", text: "Declared an incident" });
  if (s.severity === null) acc.severityPendingSince = event.at;
}
function foldLabel(acc, event) {
  const wasIncident = acc.state.isIncident;
  acc.labelKind ??= labelKinds(acc.config);
  const kind = acc.labelKind(event.label);
  foldActual(acc, event, kind);
  const decision = isDecision(acc, event);
  const own2 = acc.isSelf(event.actor);
  const by = !own2 ? event.actor.login : decision ? acc.declarer : acc.issue.author.login;
  if (kind.kind === "incident") {
    if (event.kind === "labeled" && (own2 || decision)) {
      acc.state.isIncident = true;
      if (!wasIncident) foldDeclaration(acc, event, by);
    }
    return;
  }
  if (!decision) return;
  const source = { by, at: event.at };
  const labeled = event.kind === "labeled";
  switch (kind.kind) {
    case "severity":
      if (labeled) decideSeverity(acc, kind.level, source);
      else dropSeverity(acc, kind.level, source);
      return;
    case "status":
      if (labeled) decideStatus(acc, kind.status, source);
      else if (acc.state.status === kind.status) decideStatus(acc, "investigating", source);
      return;
    case "role":
      if (labeled) grantRole(acc, kind.role, by, source, `@${by} took the ${kind.role.name} role`);
      else freeRole(acc, kind.role, void 0, source);
      return;
    default:
      return;
  }
}

// src/core/state/history-order.ts
function withCreationLabels(issue2, events) {
  if (issue2.labels.length === 0) return events;
  const seen = /* @__PURE__ */ new Set();
  for (const e of events) if (e.kind === "labeled") seen.add(e.label.toLowerCase());
  const missing = issue2.labels.filter((l) => !seen.has(l.toLowerCase()));
  if (missing.length === 0) return events;
  const synthetic = missing.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue2.createdAt,
    actor: issue2.author,
    label
  }));
  return [...synthetic, ...events];
}
function inTimeOrder(events) {
  let sorted = true;
  for (let i = 1; i < events.length && sorted; i++) sorted = events[i - 1].at <= events[i].at;
  if (sorted) return events;
  return events.map((event, index) => ({ event, index })).sort((a, b) => a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.index - b.index).map((x) => x.event);
}

// src/core/state/initial-state.ts
function initialState(issue2, declarer) {
  return {
    number: issue2.number,
    title: issue2.title,
    url: issue2.url,
    author: issue2.author.login,
    isIncident: false,
    isDrill: false,
    open: true,
    closeReason: null,
    labels: [],
    assignees: [],
    severity: null,
    severityLabels: [],
    severityChanges: [],
    severityConfirmed: false,
    status: "investigating",
    statusLabels: [],
    declaredAt: issue2.createdAt,
    declaredBy: declarer,
    startedAt: issue2.createdAt,
    identifiedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    roles: [],
    impact: null,
    updates: [],
    notes: [],
    followups: [],
    resolution: null,
    doneSteps: /* @__PURE__ */ new Map(),
    timeline: [],
    references: [],
    commits: [],
    board: null,
    recentChanges: null,
    revertRequests: [],
    reverts: /* @__PURE__ */ new Map(),
    extraBoards: [],
    repliedTo: /* @__PURE__ */ new Set(),
    declaredFrom: /* @__PURE__ */ new Map(),
    answers: [],
    resolveRequested: false,
    unassignedByPeople: /* @__PURE__ */ new Map(),
    assignedBySelf: /* @__PURE__ */ new Set(),
    closedAt: null,
    closedByDecider: true,
    postmortemFailed: false,
    oncallPaged: /* @__PURE__ */ new Set(),
    reminded: /* @__PURE__ */ new Set(),
    roleEmptySince: /* @__PURE__ */ new Map(),
    now: issue2.createdAt,
    acknowledgedAt: null,
    publicUpdates: [],
    publicTitle: null,
    actionItemPulls: [],
    actionItems: null,
    deploys: [],
    components: /* @__PURE__ */ new Map(),
    notified: /* @__PURE__ */ new Set(),
    postmortem: null,
    configErrorComment: null,
    lastEventAt: issue2.createdAt,
    alerts: null
  };
}

// src/core/state/derive.ts
var NO_PERMISSIONS = /* @__PURE__ */ new Map();
function foldAssignment(acc, event) {
  const s = acc.state;
  const login = event.assignee.toLowerCase();
  s.assignees = s.assignees.filter((a) => a.toLowerCase() !== login);
  if (event.kind === "assigned") s.assignees.push(event.assignee);
  if (event.kind === "assigned" && acc.isSelf(event.actor)) s.assignedBySelf.add(login);
  else s.assignedBySelf.delete(login);
  if (event.kind === "unassigned" && !acc.isSelf(event.actor)) s.unassignedByPeople.set(login, event.at);
}
function foldClose(acc, event) {
  const s = acc.state;
  const by = event.actor.login;
  if (event.kind === "reopened") {
    s.open = true;
    s.closeReason = null;
    s.resolvedAt = null;
    s.closedAt = null;
    s.resolveRequested = false;
    s.closedByDecider = true;
    s.timeline.push({ at: event.at, by, kind: "reopened", text: "Reopened" });
    return;
  }
  s.open = false;
  s.closeReason = event.reason;
  s.closedAt = event.at;
  s.resolveRequested = false;
  s.postmortemFailed = false;
  s.closedByDecider = mayDecide(acc, event.actor);
  if (event.reason === "completed" && s.closedByDecider) s.resolvedAt = event.at;
  const text = event.reason === "not_planned" ? "Closed as not planned: not an incident" : s.closedByDecider ? "Closed: resolved" : "Closed by its author, who may not resolve incidents: no postmortem";
  s.timeline.push({ at: event.at, by, kind: "closed", text });
}
function foldEvent(acc, event) {
  const s = acc.state;
  if (event.at > s.lastEventAt) s.lastEventAt = event.at;
  if (!acc.isSelf(event.actor) && settlesSeverity(acc, event.at)) settleSeverity(acc);
  switch (event.kind) {
    case "labeled":
    case "unlabeled":
      foldLabel(acc, event);
      return;
    case "commented":
      if (acc.isSelf(event.actor)) foldBotComment(acc, event);
      else if (!event.actor.isBot) foldCommands(acc, event);
      return;
    case "assigned":
    case "unassigned":
      foldAssignment(acc, event);
      return;
    case "closed":
    case "reopened":
      foldClose(acc, event);
      return;
    case "renamed":
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "renamed",
        text: `Renamed to "${event.to}"`
      });
      return;
    case "cross-referenced": {
      const from = readDeclaredFrom(event.source.body ?? "");
      if (from !== null && !event.source.isPullRequest && acc.isSelf(event.actor))
        s.declaredFrom.set(from, { number: event.source.number, url: event.source.url });
      const { body: _, ...source } = event.source;
      s.references.push({ ...source, at: event.at });
      const what = event.source.isPullRequest ? "pull request" : "issue";
      if (event.source.hidden) {
        s.timeline.push({
          at: event.at,
          by: event.actor.login,
          kind: "reference",
          text: `Referenced by ${what === "issue" ? "an issue" : "a pull request"} in a private repository`
        });
        return;
      }
      s.timeline.push({
        at: event.at,
        by: event.actor.login,
        kind: "reference",
        text: `Referenced by ${what} ${event.source.repository}#${event.source.number}: ${event.source.title}`,
        url: event.source.url
      });
      return;
    }
    case "referenced":
      s.commits.push({ sha: event.commitId, url: event.commitUrl, at: event.at, by: event.actor.login });
      return;
  }
}
function finish(acc, options) {
  const s = acc.state;
  settleSeverity(acc);
  s.now = options.now.toISOString();
  const required2 = new Set(s.severity?.requiredRoles ?? []);
  s.roles = acc.config.roles.map((role) => ({
    role,
    holders: acc.holders.get(role.id) ?? [],
    required: required2.has(role.id)
  }));
  const levelSince = s.severityChanges.at(-1)?.at ?? s.declaredAt;
  for (const r of s.roles) {
    if (!r.required || r.holders.length > 0) continue;
    const since = [s.declaredAt, acc.roleFreedAt.get(r.role.id) ?? s.declaredAt, levelSince].sort().at(-1);
    s.roleEmptySince.set(r.role.id, since);
  }
  s.timeline.sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0);
  if (options.formStartedAt !== void 0 && !s.timeline.some((e) => e.kind === "started")) {
    s.startedAt = options.formStartedAt;
  }
  if (!s.open && s.closeReason === "completed" && s.closedByDecider) s.status = "resolved";
  return s;
}
function deriveState(issue2, events, config2, options) {
  const isSelf = selfMatcher(options.self);
  const declarer = (isSelf(issue2.author) ? readDeclaredBy(issue2.body) : null) ?? issue2.author.login;
  const permissions = options.permissions ?? NO_PERMISSIONS;
  const formTrusted = authorMayDecide({ config: config2, issue: issue2, isSelf, permissions });
  const formSeverity = formTrusted ? options.formSeverity : void 0;
  const wanted = formSeverity ?? config2.defaultSeverity;
  const acc = {
    config: config2,
    issue: issue2,
    state: initialState(issue2, declarer),
    isSelf,
    declarer,
    holders: /* @__PURE__ */ new Map(),
    severityOrder: [],
    removedSeverity: null,
    severityPendingSince: null,
    implicitSeverity: config2.severities.find((s) => s.id === wanted) ?? config2.severities.find((s) => s.id === config2.defaultSeverity) ?? null,
    formSeverity: formSeverity !== void 0,
    roleFreedAt: /* @__PURE__ */ new Map(),
    now: options.now,
    commands: options.commands,
    labelKind: void 0,
    permissions
  };
  if (isSelf(issue2.author) && readDedupMarker(issue2.body) !== null)
    acc.state.alerts = { status: "firing", since: issue2.createdAt, notifications: 1, repeats: 0 };
  foldBodyCommands(acc);
  for (const event of inTimeOrder(withCreationLabels(issue2, events))) foldEvent(acc, event);
  return finish(acc, formTrusted ? options : { ...options, formStartedAt: void 0 });
}

// src/handlers/apply-effects.ts
var SWEPT = [`${MARKER_PREFIX}remind:`, `${MARKER_PREFIX}oncall:`];
var markerOf = (body) => body.split("\n", 1)[0];
function same4(a, b) {
  const keys = readReminderKeys(a);
  if (keys.length === 0) return markerOf(a) === markerOf(b);
  const other = new Set(readReminderKeys(b));
  return keys.some((k) => other.has(k));
}
async function keepOldest(ports, issue2, body, id, self) {
  const older = (await ports.listComments(issue2)).filter(
    (c) => c.id < id && c.authorIsBot && c.author.toLowerCase() === self.toLowerCase() && same4(body, c.body)
  );
  if (older.length === 0) return [];
  await ports.deleteComment(id);
  return older;
}
async function applyStateEffects(ports, issue2, effects, self, at) {
  const added = [];
  const actor = selfPerson(self);
  if (effects.addLabels.length > 0) await ports.addLabels(issue2, effects.addLabels);
  for (const label of effects.addLabels) added.push({ kind: "labeled", id: 0, at, actor, label });
  for (const label of effects.removeLabels) {
    await ports.removeLabel(issue2, label);
    added.push({ kind: "unlabeled", id: 0, at, actor, label });
  }
  if (effects.addAssignees.length > 0) await ports.addAssignees(issue2, effects.addAssignees);
  for (const assignee of effects.addAssignees) added.push({ kind: "assigned", id: 0, at, actor, assignee });
  if (effects.removeAssignees.length > 0) await ports.removeAssignees(issue2, effects.removeAssignees);
  for (const assignee of effects.removeAssignees)
    added.push({ kind: "unassigned", id: 0, at, actor, assignee });
  return added;
}
var REPLY = `${MARKER_PREFIX}reply:`;
async function applyAnswers(ports, issue2, effects, self, at, signal) {
  const on = signal === void 0 ? {} : { signal };
  const added = [];
  const replies = effects.comments.filter((body) => body.startsWith(REPLY));
  const others = effects.comments.filter((body) => !body.startsWith(REPLY));
  for (const [writeClass, bodies] of [
    ["reply", replies],
    ["background", others]
  ]) {
    for (const body of bodies) {
      const posted = await withWrites({ class: writeClass, ...on }, () => ports.createComment(issue2, body));
      const older = SWEPT.some((m) => body.startsWith(m)) ? await withWrites({ class: "background" }, () => keepOldest(ports, issue2, body, posted.id, self)) : [];
      if (older.length === 0) added.push(commentEvent(self, posted.id, body, posted.url, at));
      for (const c of older) added.push(commentEvent(self, c.id, c.body, c.url, at));
    }
  }
  await withWrites({ class: "ack", ...on }, async () => {
    for (const commentId of effects.reactions) await ports.addReaction(commentId, "+1");
  });
  if (effects.close) {
    await withWrites({ class: "state", ...on }, () => ports.closeIssue(issue2, effects.close ?? "completed"));
    added.push(closeEvent(self, at));
  }
  return added;
}

// src/core/notify/message-view.ts
function clip(text, max) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function headline(fact, state) {
  const what = state.isDrill ? "drill" : "incident";
  switch (fact.kind) {
    case "declared":
      return `${fact.level ?? "New"} ${what} declared`;
    case "severity":
      return `Severity ${fact.raised ? "raised" : "lowered"}: ${fact.from ?? "none"} \u2192 ${fact.level ?? "none"}`;
    case "status":
      return `Status: ${fact.status ?? state.status}`;
    case "commander":
      return `@${fact.commander ?? "someone"} is the incident commander`;
    case "update":
      return `Update${fact.by ? ` from @${fact.by}` : ""}`;
    case "resolved":
      return `${state.isDrill ? "Drill" : "Incident"} resolved`;
    case "postmortem":
      return "Postmortem opened";
  }
}
function messageView(fact, state, incident) {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders ?? [];
  const latest = state.updates.at(-1);
  const detail = fact.kind === "update" ? fact.text ?? null : fact.kind === "postmortem" ? state.postmortem?.url ?? null : null;
  return {
    headline: headline(fact, state),
    detail: detail === null ? null : clip(detail, 1500),
    title: clip(state.title, 200),
    url: state.url,
    incident,
    number: state.number,
    severity: state.severity?.id ?? "none",
    status: state.status,
    commander: commanders.length === 0 ? "none" : commanders.map((h) => `@${h.login}`).join(", "),
    latestUpdate: latest === void 0 ? "none yet" : clip(latest.text, 500),
    drill: state.isDrill,
    rank: state.severity?.rank ?? null
  };
}

// src/core/notify/plan-channels.ts
var BACKFILL_MS = 24 * 36e5;
function pagesFor(channel, fact, state) {
  const inLevels = (level) => level != null && channel.levels.includes(level);
  if (fact.kind === "declared") return inLevels(fact.level);
  if (fact.kind === "severity") return fact.raised === true && inLevels(fact.level) && !inLevels(fact.from);
  if (fact.kind === "resolved") return state.severityChanges.some((c) => inLevels(c.to));
  return false;
}
function sends(channel, fact, state) {
  if (!channel.on.includes(fact.kind)) return false;
  if (state.isDrill && !channel.drills) return false;
  if (channel.kind === "pagerduty") return pagesFor(channel, fact, state);
  return fact.level === null || channel.levels.includes(fact.level);
}
function planChannels(state, config2, records) {
  const channels = config2.notifications.channels;
  if (channels.length === 0 || !state.isIncident) return [];
  const facts = incidentFacts(state);
  const oldest = new Date(Date.parse(state.now) - BACKFILL_MS).toISOString();
  return channels.map((channel) => {
    const mark = records.get(channel.id);
    const items = owedAfter(facts, mark).map((fact) => ({
      fact,
      send: (mark !== void 0 || fact.at >= oldest) && sends(channel, fact, state)
    }));
    return { channel, items };
  }).filter((plan) => plan.items.length > 0);
}

// src/core/notify/render-message.ts
var COLOURS = ["#b60205", "#d93f0b", "#fbca04", "#0e8a16"];
var colour = (v) => v.drill ? "#6a737d" : COLOURS[Math.min((v.rank ?? 4) - 1, 3)] ?? "#6a737d";
var slackText = (text) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
var summary = (v) => `${v.drill ? "[DRILL] " : ""}${v.headline}: #${v.number} ${v.title}`;
var fields = (v) => [
  ["Severity", v.severity],
  ["Status", v.status],
  ["Commander", v.commander],
  ["Latest update", v.latestUpdate]
];
function slackMessage(v) {
  const detail = v.detail === null ? [] : [{ type: "section", text: { type: "mrkdwn", text: slackText(v.detail) } }];
  return {
    text: summary(v),
    blocks: [
      {
        type: "header",
        text: { type: "plain_text", text: `${v.drill ? "[DRILL] " : ""}${v.headline}`.slice(0, 150) }
      },
      { type: "section", text: { type: "mrkdwn", text: `<${v.url}|#${v.number} ${slackText(v.title)}>` } },
      ...detail,
      {
        type: "section",
        fields: fields(v).map(([name, value]) => ({
          type: "mrkdwn",
          text: `*${name}*
${slackText(value)}`
        }))
      }
    ]
  };
}
var quiet = (text) => text.replaceAll("@", "@\u2060");
function mattermostMessage(loud) {
  const v = {
    ...loud,
    headline: quiet(loud.headline),
    title: quiet(loud.title),
    detail: loud.detail === null ? null : quiet(loud.detail),
    commander: quiet(loud.commander),
    latestUpdate: quiet(loud.latestUpdate)
  };
  return {
    text: summary(v),
    attachments: [
      {
        fallback: summary(v),
        color: colour(v),
        title: `#${v.number} ${v.title}`,
        title_link: v.url,
        pretext: v.headline,
        ...v.detail === null ? {} : { text: v.detail },
        fields: fields(v).map(([title, value]) => ({ title, value, short: title !== "Latest update" }))
      }
    ]
  };
}
function discordMessage(v) {
  return {
    content: summary(v).slice(0, 2e3),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: `#${v.number} ${v.title}`.slice(0, 256),
        url: v.url,
        description: [v.headline, v.detail].filter((s) => s !== null).join("\n\n").slice(0, 4096),
        color: Number.parseInt(colour(v).slice(1), 16),
        fields: fields(v).map(([name, value]) => ({
          name,
          value: value.slice(0, 1024),
          inline: name !== "Latest update"
        }))
      }
    ]
  };
}
function teamsMessage(v) {
  const text = (value, extra = {}) => ({
    type: "TextBlock",
    text: value,
    wrap: true,
    ...extra
  });
  return {
    type: "message",
    attachments: [
      {
        contentType: "application/vnd.microsoft.card.adaptive",
        contentUrl: null,
        content: {
          $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
          type: "AdaptiveCard",
          version: "1.4",
          body: [
            text(`${v.drill ? "[DRILL] " : ""}${v.headline}`, { size: "Large", weight: "Bolder" }),
            text(`#${v.number} ${v.title}`),
            ...v.detail === null ? [] : [text(v.detail)],
            { type: "FactSet", facts: fields(v).map(([title, value]) => ({ title, value })) }
          ],
          actions: [{ type: "Action.OpenUrl", title: "Open the incident", url: v.url }]
        }
      }
    ]
  };
}
function webhookMessage(v, fact) {
  return {
    fact: { kind: fact.kind, key: fact.key, at: fact.at },
    headline: v.headline,
    detail: v.detail,
    incident: {
      id: v.incident,
      number: v.number,
      title: v.title,
      url: v.url,
      severity: v.severity,
      status: v.status,
      commander: v.commander,
      latestUpdate: v.latestUpdate,
      drill: v.drill
    }
  };
}
function pagerDutyEvent(v, fact, routingKey) {
  const dedupKey = v.incident;
  if (fact.kind === "resolved")
    return { routing_key: routingKey, event_action: "resolve", dedup_key: dedupKey };
  const critical = v.rank === 1 ? "critical" : v.rank === 2 ? "error" : v.rank === 3 ? "warning" : "info";
  return {
    routing_key: routingKey,
    event_action: "trigger",
    dedup_key: dedupKey,
    payload: {
      summary: `${v.severity}: #${v.number} ${v.title}`.slice(0, 1024),
      source: v.incident,
      severity: critical,
      timestamp: fact.at,
      custom_details: { status: v.status, commander: v.commander, latest_update: v.latestUpdate }
    },
    links: [{ href: v.url, text: `Incident ${v.incident}` }]
  };
}
function chatMessage(kind, v, fact) {
  switch (kind) {
    case "slack":
      return slackMessage(v);
    case "mattermost":
      return mattermostMessage(v);
    case "discord":
      return discordMessage(v);
    case "teams":
      return teamsMessage(v);
    case "webhook":
      return webhookMessage(v, fact);
  }
}

// src/handlers/channel-variables.ts
var PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";

// src/handlers/notify-channels.ts
var SIGNATURE_HEADER = "X-Incident-Workflow-Signature";
var signBody = (body, secret) => `sha256=${process.getBuiltinModule("node:crypto").createHmac("sha256", secret).update(body).digest("hex")}`;
function request(channel, fact, state, incident, env) {
  const target = env(channel.url)?.trim() ?? "";
  if (target === "") return null;
  const view = messageView(fact, state, incident);
  if (channel.kind === "pagerduty") {
    const url = env("INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL") || PAGERDUTY_EVENTS_URL;
    return { url, body: JSON.stringify(pagerDutyEvent(view, fact, target)), headers: {} };
  }
  const body = JSON.stringify(chatMessage(channel.kind, view, fact));
  if (channel.kind !== "webhook") return { url: target, body, headers: {} };
  const secret = env(`${channel.url}_SECRET`) ?? "";
  if (secret === "") return null;
  return { url: target, body, headers: { [SIGNATURE_HEADER]: signBody(body, secret) } };
}
async function sendChannel(plan, state, incident, chat, log) {
  let last = null;
  for (const { fact, send } of plan.items) {
    if (send) {
      const req = request(plan.channel, fact, state, incident, chat.env);
      if (req === null) {
        log.warn(`${incident}: ${plan.channel.id}: its variable is not set; ${fact.key} not sent`);
        return last;
      }
      const where = `${plan.channel.id} ${req.url}`;
      if ((chat.backoff?.resting(where) ?? 0) > 0) return last;
      const timeout = AbortSignal.timeout(chat.timeoutMs ?? 5e3);
      try {
        const res = await chat.http.post(req.url, req.body, req.headers, timeout);
        chat.backoff?.answered(where);
        if (res.status < 200 || res.status >= 300) {
          log.warn(
            `${incident}: ${plan.channel.id} answered ${res.status} to ${fact.key} (${res.text}); sent again later`
          );
          return last;
        }
      } catch (error2) {
        const pause = timeout.aborted ? chat.backoff?.timedOut(where) : void 0;
        const again = pause === void 0 ? "later" : `after ${Math.round(pause / 1e3)} s`;
        log.warn(
          `${incident}: ${plan.channel.id}: ${fact.key} not sent (${String(error2)}); sent again ${again}`
        );
        return last;
      }
    }
    last = fact;
  }
  return last;
}
async function notifyChannels(state, config2, records, chat, incident, log) {
  const plans = planChannels(state, config2, records);
  const next = new Map(
    [...records].filter(([id]) => config2.notifications.channels.some((c) => c.id === id))
  );
  const marks = await Promise.all(plans.map((plan) => sendChannel(plan, state, incident, chat, log)));
  let owed = false;
  plans.forEach((plan, i) => {
    const mark = marks[i];
    if (mark) next.set(plan.channel.id, { at: mark.at, key: mark.key });
    if (mark !== plan.items.at(-1)?.fact) owed = true;
  });
  return { records: next, owed };
}

// src/core/changes/reverts.ts
function pendingReverts(state) {
  const opened = /* @__PURE__ */ new Set();
  for (const r of state.reverts.values()) if (r.revert !== null) opened.add(r.pull);
  const owed = [];
  for (const request3 of state.revertRequests) {
    if (state.reverts.has(request3.commentId) || opened.has(request3.pull)) continue;
    if (owed.some((o) => o.pull === request3.pull)) continue;
    owed.push(request3);
  }
  return owed;
}

// src/handlers/open-reverts.ts
var reason = (error2) => error2 instanceof Error ? error2.message : String(error2);
async function openReverts(ports, state, self, at, log) {
  const added = [];
  for (const request3 of pendingReverts(state)) {
    let body;
    try {
      const revert = await ports.revertPull(request3.pull, {
        body: `Reverts #${request3.pull}, for incident #${state.number} (\`/revert\` by ${mention(request3.by)}).`
      });
      body = `${revertMarker(request3.commentId, request3.pull, revert)}
Revert of #${request3.pull} opened: #${revert.number} (asked by ${mention(request3.by)} [here](${request3.url})).`;
    } catch (error2) {
      log.warn(`#${state.number}: the revert of #${request3.pull} could not be opened: ${reason(error2)}`);
      body = `${revertMarker(request3.commentId, request3.pull, null)}
The revert of #${request3.pull} could not be opened: ${inlineText(reason(error2), 300)}.`;
    }
    const posted = await ports.createComment(state.number, body);
    added.push(commentEvent(self, posted.id, body, posted.url, at));
  }
  return added;
}

// src/handlers/outsider-form.ts
var OUTSIDER_FORM_MARKER = `${MARKER_PREFIX}outsider-form -->`;
function isOutsiderForm(issue2, config2, self, permissions) {
  if (issue2.state !== "open" || issue2.isPullRequest || !isIncidentForm(issue2.body)) return false;
  return !authorMayDecide({ config: config2, issue: issue2, isSelf: selfMatcher(self), permissions });
}
function outsiderFormReply(config2) {
  return [
    OUTSIDER_FORM_MARKER,
    `Thank you for the report. Only people with ${DECIDING_PERMISSION} permission or more on this repository can declare an incident, so this issue has not been declared one: no severity was set and nobody was paged or notified.`,
    "",
    `A maintainer who confirms it declares it by adding the \`${config2.labels.incident}\` label (removing it first if the form already applied it).`,
    ""
  ].join("\n");
}
async function onOutsiderForm(issue2, timeline, config2, deps) {
  const reason3 = `#${issue2.number} is an incident form by someone who may not declare incidents (no ${DECIDING_PERMISSION} permission)`;
  if (config2.commands.outsiderForms !== "reply" || issue2.state !== "open")
    return { outcome: "ignored", reason: reason3 };
  const isSelf = selfMatcher(await deps.self());
  const answered = timeline.some(
    (e) => e.kind === "commented" && isSelf(e.actor) && e.body.startsWith(OUTSIDER_FORM_MARKER)
  );
  if (!answered) await deps.ports.createComment(issue2.number, outsiderFormReply(config2));
  return { outcome: "ignored", reason: `${reason3}${answered ? "; already answered" : "; answered"}` };
}

// src/core/effects/notify.ts
function planNotifications(state, config2) {
  if (!state.open || !state.isIncident) return [];
  const out = [];
  for (const change of state.severityChanges) {
    if (!change.raised || state.notified.has(change.key)) continue;
    const level = config2.severities.find((s) => s.id === change.to);
    const audience = state.isDrill ? config2.drills.notify : level?.notify ?? [];
    if (!level || audience.length === 0) continue;
    if (state.severity?.id !== level.id) continue;
    const what = state.isDrill ? "drill" : "incident";
    out.push(
      `${notifyMarker(change.key)}
${audience.join(" ")}: ${what} #${state.number} is now **${level.id}**${level.responseMode ? ` (${inlineText(level.responseMode, 200)})` : ""}${state.isDrill ? " \u2014 **a drill, not a real incident**" : ""}.`
    );
  }
  return out;
}

// src/core/effects/plan-effects.ts
var same5 = (a, b) => a.toLowerCase() === b.toLowerCase();
function planLabels(state, config2, effects) {
  const want = (label, present) => {
    const has = hasLabel(state.labels, label);
    if (present && !has) effects.addLabels.push(label);
    if (!present && has) effects.removeLabels.push(label);
  };
  for (const level of config2.severities) want(level.label, state.severity?.id === level.id);
  if (state.open) {
    for (const status of LABELLED_STATUSES) want(statusLabel(config2, status), state.status === status);
  }
  for (const role of state.roles) want(role.role.label, role.holders.length > 0);
  if (!state.open && state.closeReason === "not_planned") want(config2.labels.notAnIncident, true);
}
function planAssignees(state, effects) {
  const holders = state.roles.flatMap((r) => r.holders);
  const assigned = (login) => state.assignees.some((a) => same5(a, login));
  for (const holder of holders) {
    const unassigned = state.unassignedByPeople.get(holder.login.toLowerCase());
    if (assigned(holder.login) || unassigned !== void 0 && unassigned >= holder.grantedAt) continue;
    if (!effects.addAssignees.some((a) => same5(a, holder.login))) effects.addAssignees.push(holder.login);
  }
  for (const login of state.assignees) {
    const holds = holders.some((h) => same5(h.login, login));
    if (!holds && state.assignedBySelf.has(login.toLowerCase())) effects.removeAssignees.push(login);
  }
}
function planAnswers(state, effects, acks) {
  for (const answer2 of state.answers) {
    if (reactionOwed(answer2, acks)) effects.reactions.push(answer2.commentId);
    const answeredBefore = answer2.accepted === 0 && answer2.plusOnes > 0;
    if (answer2.lines.length === 0 || state.repliedTo.has(answer2.commentId) || answeredBefore) continue;
    effects.comments.push(
      `${replyMarker(answer2.commentId)}
@${answer2.author}

${answer2.lines.join("\n\n")}
`
    );
  }
}
function planEffects(state, config2, acks = REACT_ALWAYS) {
  const effects = {
    addLabels: [],
    removeLabels: [],
    addAssignees: [],
    removeAssignees: [],
    close: null,
    comments: [],
    reactions: []
  };
  if (!state.isIncident) return effects;
  planLabels(state, config2, effects);
  planAssignees(state, effects);
  if (state.open && state.resolveRequested) effects.close = "completed";
  planAnswers(state, effects, acks);
  effects.comments.push(...planNotifications(state, config2));
  effects.comments.push(...planOnCall(state, config2), ...planReminders(state, config2));
  return effects;
}
var isSettled = (e) => e.addLabels.length + e.removeLabels.length + e.addAssignees.length + e.removeAssignees.length === 0 && e.close === null && e.comments.length === 0 && e.reactions.length === 0;

// src/handlers/plan-all.ts
function planAll(before, events, config2, acks, predict, deriveFrom) {
  const plans = [];
  const predicted = [...events];
  const reacted = /* @__PURE__ */ new Set();
  let placeholder = 0;
  let state = before;
  for (let pass = 0; pass < 3; pass++) {
    const effects = planEffects(state, config2, acks);
    effects.reactions = effects.reactions.filter((id) => !reacted.has(id));
    for (const id of effects.reactions) reacted.add(id);
    if (isSettled(effects)) break;
    plans.push(effects);
    const added = predict(effects, () => --placeholder);
    if (added.length === 0) break;
    predicted.push(...added);
    state = deriveFrom(predicted);
  }
  return { plans, state };
}

// src/core/postmortem/eligibility.ts
function postmortemSkipReason(state, config2) {
  if (!state.isIncident) return "not an incident";
  if (state.open) return "the incident is still open";
  if (state.closeReason !== "completed") {
    return state.closeReason === "not_planned" ? "closed as not planned: not an incident" : `closed as ${state.closeReason ?? "unknown"}, not as completed`;
  }
  if (!state.closedByDecider)
    return "closed by its author, who may not resolve incidents (no triage permission)";
  if (!config2.postmortem.enabled) return "postmortems are turned off (postmortem.enabled: false)";
  const level = state.severity ?? config2.severities.find((s) => s.id === config2.defaultSeverity) ?? null;
  if (level !== null && !level.postmortem) return `${level.id} does not call for a postmortem`;
  return null;
}

// src/core/postmortem/paths.ts
function postmortemBranch(issue2) {
  return `postmortem/incident-${issue2}`;
}
var SLUG_MAX = 50;
function slugify(title) {
  const dashed = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const slug = trimEndOf(trimStartOf(dashed, "-").slice(0, SLUG_MAX), "-");
  return slug === "" ? "incident" : slug;
}
var cleanDirectory = (config2) => trimPath(config2.postmortem.directory.replace(/\\/g, "/"));
function postmortemIndexPath(config2) {
  const index = config2.postmortem.index;
  if (index === false) return null;
  if (index !== void 0) return trimPathStart(index);
  const directory = cleanDirectory(config2);
  return directory === "" || directory === "." ? "README.md" : `${directory}/README.md`;
}
function postmortemPath(config2, state) {
  const directory = cleanDirectory(config2);
  const declared = new Date(state.declaredAt);
  const date2 = Number.isNaN(declared.getTime()) ? "undated" : declared.toISOString().slice(0, 10);
  const file = `${date2}-${state.number}-${slugify(state.title)}.md`;
  return directory === "" || directory === "." ? file : `${directory}/${file}`;
}

// src/core/postmortem/code-fence.ts
function fenceFor(text) {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return "`".repeat(Math.max(3, longest + 1));
}
function splitText(text, max) {
  const parts = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf("\n", max - 1);
    let end = cut > 0 ? cut + 1 : max;
    const last = rest.charCodeAt(end - 1);
    if (cut <= 0 && last >= 55296 && last <= 56319) end -= 1;
    parts.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  if (rest !== "" || parts.length === 0) parts.push(rest);
  return parts;
}

// src/core/postmortem/pull-request.ts
var postmortemPrMarker = (issue2) => `${MARKER_PREFIX}postmortem-pr:${issue2} -->`;
var TITLE_MAX = 256;
var COMMENT_MAX = 65536;
function postmortemPrTitle(state) {
  const prefix = "Postmortem: ";
  const suffix = ` (#${state.number})`;
  const title = state.title.replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim() || "Incident";
  const room = TITLE_MAX - prefix.length - suffix.length;
  if (title.length <= room) return `${prefix}${title}${suffix}`;
  let short = "";
  for (const ch of title) {
    if (short.length + ch.length > room - 1) break;
    short += ch;
  }
  return `${prefix}${short.trimEnd()}\u2026${suffix}`;
}
function showPath(path) {
  return /^[\w./-]+$/.test(path) ? `\`${path}\`` : inlineText(path, 300);
}
function postmortemPrBody(state, path, now) {
  const end = state.resolvedAt ?? now.toISOString();
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login;
  const rows = [
    ["Incident", `#${state.number}: ${inlineText(state.title, 256)}`],
    ["Severity", state.severity ? inlineText(state.severity.id, 60) : "not set"],
    ["Duration", formatDuration(minutesBetween(state.startedAt, end))],
    [
      "Time to mitigate",
      state.mitigatedAt ? formatDuration(minutesBetween(state.startedAt, state.mitigatedAt)) : "not recorded"
    ],
    ["Commander", commander ? mention(commander) : "none"],
    ["Follow-ups", String(state.followups.length)]
  ];
  return [
    postmortemPrMarker(state.number),
    `Postmortem of incident #${state.number}${state.isDrill ? " (a drill)" : ""}, drafted when it was resolved.`,
    "",
    "| | |",
    "| --- | --- |",
    ...rows.map(([name, value]) => `| **${name}** | ${value} |`),
    "",
    // One line per paragraph: GitHub renders line breaks in PR bodies and comments.
    `The draft is ${showPath(path)}. The key times, the responders, the full timeline, the related changes and the follow-ups (as action items) are filled in.`,
    "",
    "Complete the sections marked _To do_ with the responders, keep it blameless, and merge it when the team agrees with it.",
    ""
  ].join("\n");
}
function errorStatus(error2) {
  const status = error2?.status;
  return typeof status === "number" ? status : null;
}
function describeError(error2) {
  const status = errorStatus(error2);
  const message = error2 instanceof Error ? error2.message : String(error2);
  return inlineText(`${status === null ? "" : `${status} `}${message}`.trim(), 300);
}
function advice(f) {
  const status = errorStatus(f.error);
  const byHand = `- Or open it by hand: commit the document below as ${showPath(f.path)} on a branch named ${showPath(f.branch)} and open a pull request that mentions #${f.issue}. Reopening and closing this issue then links it.`;
  if (status === 401 || status === 403 || status === 404 || status === 422) {
    return [
      "- The token may lack permission, or the branch may be protected. Grant `contents: write` and `pull-requests: write` (the workflow's `permissions:` for the Action; the GitHub App's *Contents* and *Pull requests* read & write permissions for the app), or allow it past the branch protection rule.",
      "- Then reopen and close this issue as completed to try again.",
      byHand
    ];
  }
  return ["- This may be temporary: reopen and close this issue as completed to try again.", byHand];
}
function postmortemFailureComments(f) {
  const document = f.document.replaceAll(MARKER_PREFIX, "<!-- incident-workflow\u2060:");
  const fence = fenceFor(document);
  const head = [
    POSTMORTEM_FAILED_MARKER,
    "\u26A0\uFE0F **The postmortem pull request could not be opened.**",
    "",
    `Failed while ${inlineText(f.step, 300)}: ${describeError(f.error)}.`,
    "",
    "**What to do**",
    "",
    ...advice(f),
    ""
  ].join("\n");
  const wrap2 = (part, n, of) => [
    "<details>",
    `<summary>The postmortem document${of > 1 ? ` (part ${n} of ${of})` : ""}</summary>`,
    "",
    `${fence}markdown`,
    part.endsWith("\n") ? part.slice(0, -1) : part,
    fence,
    "",
    "</details>",
    ""
  ].join("\n");
  const room = COMMENT_MAX - head.length - 400;
  const parts = splitText(document, room);
  return parts.map((part, i) => {
    const body = wrap2(part, i + 1, parts.length);
    return i === 0 ? `${head}
${body}` : `${POSTMORTEM_FAILED_MARKER}
The postmortem document of #${f.issue}, continued.

${body}`;
  });
}

// src/core/render/handlebars.ts
var import_runtime = __toESM(require_runtime2(), 1);

// src/core/templates.generated.ts
var COMPILE_OPTIONS = { "noEscape": true, "strict": false, "knownHelpersOnly": false };
var BUILT_IN_TEMPLATES = {
  "postmortem.md.hbs": { "0": function(container, depth0, helpers, partials, data) {
    return "\n> [!NOTE]\n> **Drill.** This was a practice incident; it is kept out of metrics.\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "**" + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 52 }, "end": { "line": 47, "column": 113 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, depth0)) != null ? stack1 : "");
  }, "3": function(container, depth0, helpers, partials, data) {
    return "_not set_";
  }, "4": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **" + ((stack1 = (helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 4 }, "end": { "line": 49, "column": 12 } } }) : helper)) != null ? stack1 : "") + "** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "value") || (depth0 != null ? lookupProperty(depth0, "value") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 17 }, "end": { "line": 49, "column": 26 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (helper = (helper = lookupProperty(helpers, "summary") || (depth0 != null ? lookupProperty(depth0, "summary") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "summary", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 57, "column": 11 } } }) : helper)) != null ? stack1 : "") + "\n\n_From " + ((stack1 = (helper = (helper = lookupProperty(helpers, "summaryFrom") || (depth0 != null ? lookupProperty(depth0, "summaryFrom") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "summaryFrom", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 6 }, "end": { "line": 59, "column": 21 } } }) : helper)) != null ? stack1 : "") + "; rewrite it as two or three sentences: what happened, who was affected, how it ended._\n";
  }, "6": function(container, depth0, helpers, partials, data) {
    return "_To do: two or three sentences: what happened, who was affected, how it ended._\n";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    return "_To do: who was affected, how, and for how long. Add numbers where you have them._\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "role") || (depth0 != null ? lookupProperty(depth0, "role") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "role", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 2 }, "end": { "line": 79, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "people") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 79, "column": 13 }, "end": { "line": 79, "column": 53 } } })) != null ? stack1 : "") + " |\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (helper = (helper = lookupProperty(helpers, "people") || (depth0 != null ? lookupProperty(depth0, "people") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "people", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 27 }, "end": { "line": 79, "column": 37 } } }) : helper)) != null ? stack1 : "";
  }, "11": function(container, depth0, helpers, partials, data) {
    return "\u2014";
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "time") || (depth0 != null ? lookupProperty(depth0, "time") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "time", "hash": {}, "data": data, "loc": { "start": { "line": 87, "column": 2 }, "end": { "line": 87, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "event") || (depth0 != null ? lookupProperty(depth0, "event") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "event", "hash": {}, "data": data, "loc": { "start": { "line": 87, "column": 13 }, "end": { "line": 87, "column": 22 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "who") || (depth0 != null ? lookupProperty(depth0, "who") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "who", "hash": {}, "data": data, "loc": { "start": { "line": 87, "column": 25 }, "end": { "line": 87, "column": 32 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "13": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "resolution") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "resolution") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "resolution") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "14": function(container, depth0, helpers, partials, data) {
    return "_To do: what ended the impact, and what was done to recover fully._\n";
  }, "15": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 103, "column": 0 }, "end": { "line": 105, "column": 9 } } })) != null ? stack1 : "";
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1;
    return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
  }, "17": function(container, depth0, helpers, partials, data) {
    return "_None were linked to the incident. List the pull requests and commits involved._\n";
  }, "18": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\nMerged into the default branch or deployed before the incident (" + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "since") : stack1, depth0)) != null ? stack1 : "") + " to " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "until") : stack1, depth0)) != null ? stack1 : "") + ", newest first):\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "items") : stack1, { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.program(19, data, 0), "data": data, "loc": { "start": { "line": 113, "column": 0 }, "end": { "line": 117, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "problems") : stack1, { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 118, "column": 0 }, "end": { "line": 120, "column": 9 } } })) != null ? stack1 : "");
  }, "19": function(container, depth0, helpers, partials, data) {
    return "- _None._\n";
  }, "20": function(container, depth0, helpers, partials, data) {
    var stack1;
    return "- \u26A0\uFE0F " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
  }, "21": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [ ] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 152, "column": 6 }, "end": { "line": 152, "column": 14 } } }) : helper)) != null ? stack1 : "") + " (" + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 152, "column": 16 }, "end": { "line": 152, "column": 22 } } }) : helper)) != null ? stack1 : "") + ")\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = container.hooks.helperMissing, alias4 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "---\nincident: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "incident") : stack1, depth0)) != null ? stack1 : "") + "\nurl: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "url") : stack1, depth0)) != null ? stack1 : "") + "\ntitle: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) != null ? stack1 : "") + "\nseverity: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "severity") : stack1, depth0)) != null ? stack1 : "") + "\nstatus: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "status") : stack1, depth0)) != null ? stack1 : "") + "\ndrill: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "drill") : stack1, depth0)) != null ? stack1 : "") + "\ndeclared_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "declaredAt") : stack1, depth0)) != null ? stack1 : "") + "\nstarted_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "startedAt") : stack1, depth0)) != null ? stack1 : "") + "\nidentified_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "identifiedAt") : stack1, depth0)) != null ? stack1 : "") + "\nmitigated_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "mitigatedAt") : stack1, depth0)) != null ? stack1 : "") + "\nresolved_at: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "resolvedAt") : stack1, depth0)) != null ? stack1 : "") + "\ntime_to_mitigate_minutes: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "timeToMitigateMinutes") : stack1, depth0)) != null ? stack1 : "") + "\ntime_to_resolve_minutes: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "timeToResolveMinutes") : stack1, depth0)) != null ? stack1 : "") + "\ncommander: " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "frontMatter") : depth0) != null ? lookupProperty(stack1, "commander") : stack1, depth0)) != null ? stack1 : "") + "\n---\n\n# Postmortem: " + ((stack1 = (helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 14 }, "end": { "line": 18, "column": 23 } } }) : helper)) != null ? stack1 : "") + " (#" + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 26 }, "end": { "line": 18, "column": 36 } } }) : helper)) != null ? stack1 : "") + ")\n\n> [!IMPORTANT]\n> **This postmortem is blameless.** We look for how our systems and processes let this happen, not for\n> who to blame. Everyone involved acted in good faith on what they knew at the time; write it so that\n> anyone named here would agree with how their part is told.\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "drill") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + "\n<details>\n<summary>How to write this postmortem</summary>\n\n- The facts below (times, people, timeline, related changes) were filled in from [the incident](" + ((stack1 = (helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 96 }, "end": { "line": 33, "column": 103 } } }) : helper)) != null ? stack1 : "") + ').\n  Correct them if they are wrong; fill in every section marked _To do_.\n- Describe what happened, not what someone should have done. Prefer "the deploy tool allowed\u2026" to\n  "X forgot to\u2026".\n- Look for several contributing factors; there is rarely a single root cause.\n- Every action item needs an owner and should make a repeat less likely, its detection faster or\n  its impact smaller. Open an issue for each and link it here.\n- Ask the responders to review this pull request before it is merged.\n\n</details>\n\n| | |\n| --- | --- |\n| **Incident** | [#' + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 19 }, "end": { "line": 46, "column": 29 } } }) : helper)) != null ? stack1 : "") + "](" + ((stack1 = (helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 31 }, "end": { "line": 46, "column": 38 } } }) : helper)) != null ? stack1 : "") + ") |\n| **Severity** | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "severity") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 47, "column": 17 }, "end": { "line": 47, "column": 137 } } })) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "keyFigures") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 50, "column": 9 } } })) != null ? stack1 : "") + "\nTimes are in " + ((stack1 = (helper = (helper = lookupProperty(helpers, "timeZone") || (depth0 != null ? lookupProperty(depth0, "timeZone") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "timeZone", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 13 }, "end": { "line": 52, "column": 25 } } }) : helper)) != null ? stack1 : "") + ".\n\n## Summary\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "summary") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "") + "\n## Impact\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "impact") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 72, "column": 7 } } })) != null ? stack1 : "") + "\n## Responders\n\n| Role | People |\n| --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "responders") : depth0, { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 78, "column": 0 }, "end": { "line": 80, "column": 9 } } })) != null ? stack1 : "") + "\n## Timeline\n\n| Time | Event | Who |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "timeline") : depth0, { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 86, "column": 0 }, "end": { "line": 88, "column": 9 } } })) != null ? stack1 : "") + "\n## Resolution\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "resolution") : depth0, { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.program(14, data, 0), "data": data, "loc": { "start": { "line": 92, "column": 0 }, "end": { "line": 98, "column": 7 } } })) != null ? stack1 : "") + "\n## Related changes\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "related") : depth0, { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.program(17, data, 0), "data": data, "loc": { "start": { "line": 102, "column": 0 }, "end": { "line": 108, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, depth0 != null ? lookupProperty(depth0, "changes") : depth0, { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 109, "column": 0 }, "end": { "line": 121, "column": 7 } } })) != null ? stack1 : "") + `
## Root causes and contributing factors

_To do: the conditions that made this possible. List several; ask "why?" until you reach something we can change._

## Trigger

_To do: what set it off (a deploy, a config change, traffic, a dependency)._

## Detection

_To do: how we found out (alert, customer, chance), and how long after it started. Could we have known sooner?_

## What went well

_To do._

## What went wrong

_To do._

## Where we got lucky

_To do: what kept it from being worse, that we cannot count on next time._

## Action items

_Pre-filled from the incident's follow-ups. Add the actions the sections above call for, each with an owner and an issue._

` + ((stack1 = lookupProperty(helpers, "each").call(alias2, depth0 != null ? lookupProperty(depth0, "actionItems") : depth0, { "name": "each", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 151, "column": 0 }, "end": { "line": 153, "column": 9 } } })) != null ? stack1 : "") + "\n<sub>Drafted by Incident Workflow on " + ((stack1 = (helper = (helper = lookupProperty(helpers, "generatedAt") || (depth0 != null ? lookupProperty(depth0, "generatedAt") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "generatedAt", "hash": {}, "data": data, "loc": { "start": { "line": 155, "column": 37 }, "end": { "line": 155, "column": 52 } } }) : helper)) != null ? stack1 : "") + " from incident #" + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias3, typeof helper === alias4 ? helper.call(alias2, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 155, "column": 68 }, "end": { "line": 155, "column": 78 } } }) : helper)) != null ? stack1 : "") + ".</sub>\n";
  }, "useData": true },
  "status-board.md.hbs": { "0": function(container, depth0, helpers, partials, data) {
    return "> [!NOTE]\n> **Drill.** This is a practice incident; it is kept out of metrics.\n\n";
  }, "1": function(container, depth0, helpers, partials, data) {
    return "> [!NOTE]\n> **Not an incident.** This issue was closed as not planned; no postmortem will be opened.\n\n";
  }, "2": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "**" + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "id") : stack1, depth0)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 52 }, "end": { "line": 11, "column": 113 } } })) != null ? stack1 : "");
  }, "3": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "severity") : depth0) != null ? lookupProperty(stack1, "description") : stack1, depth0)) != null ? stack1 : "");
  }, "4": function(container, depth0, helpers, partials, data) {
    return "_not set_";
  }, "5": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (helper = (helper = lookupProperty(helpers, "responseMode") || (depth0 != null ? lookupProperty(depth0, "responseMode") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "responseMode", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 42 }, "end": { "line": 12, "column": 58 } } }) : helper)) != null ? stack1 : "";
  }, "6": function(container, depth0, helpers, partials, data) {
    return "_none set_";
  }, "7": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Started** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "started") || (depth0 != null ? lookupProperty(depth0, "started") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "started", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 31 }, "end": { "line": 15, "column": 42 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "8": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Time to mitigate** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "timeToMitigate") || (depth0 != null ? lookupProperty(depth0, "timeToMitigate") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "timeToMitigate", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 47 }, "end": { "line": 17, "column": 65 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "9": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Time to resolve** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "timeToResolve") || (depth0 != null ? lookupProperty(depth0, "timeToResolve") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "timeToResolve", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 52 }, "end": { "line": 18, "column": 69 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "10": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Next update due** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "nextUpdate") || (depth0 != null ? lookupProperty(depth0, "nextUpdate") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "nextUpdate", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 49 }, "end": { "line": 19, "column": 63 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "11": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Alerts** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "alerts") || (depth0 != null ? lookupProperty(depth0, "alerts") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "alerts", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 36 }, "end": { "line": 20, "column": 46 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "12": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Postmortem** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "postmortem") || (depth0 != null ? lookupProperty(depth0, "postmortem") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "postmortem", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 44 }, "end": { "line": 21, "column": 58 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "13": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| **Deploys** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "deploys") || (depth0 != null ? lookupProperty(depth0, "deploys") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "deploys", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 38 }, "end": { "line": 22, "column": 49 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "14": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Public status page\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "title") : stack1, { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "components") : stack1, { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 7 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "update") : stack1, { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 7 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "");
  }, "15": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **Title:** " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "title") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "16": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **Components:** " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "components") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "17": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **Latest public update:** " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0) != null ? lookupProperty(stack1, "update") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "18": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n### Contacts\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "contacts") : depth0, { "name": "each", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 36, "column": 9 } } })) != null ? stack1 : "");
  }, "19": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- **" + ((stack1 = (helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 22 }, "end": { "line": 35, "column": 30 } } }) : helper)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "people") : depth0, { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 32 }, "end": { "line": 35, "column": 65 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "links") : depth0, { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 65 }, "end": { "line": 35, "column": 97 } } })) != null ? stack1 : "") + "\n";
  }, "20": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "people") || (depth0 != null ? lookupProperty(depth0, "people") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "people", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 48 }, "end": { "line": 35, "column": 58 } } }) : helper)) != null ? stack1 : "");
  }, "21": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " \u2014 " + ((stack1 = (helper = (helper = lookupProperty(helpers, "links") || (depth0 != null ? lookupProperty(depth0, "links") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "links", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 81 }, "end": { "line": 35, "column": 90 } } }) : helper)) != null ? stack1 : "");
  }, "22": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "name") || (depth0 != null ? lookupProperty(depth0, "name") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 17 }, "end": { "line": 42, "column": 25 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "holders") : depth0, { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.program(24, data, 0), "data": data, "loc": { "start": { "line": 42, "column": 28 }, "end": { "line": 42, "column": 148 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "since") || (depth0 != null ? lookupProperty(depth0, "since") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "since", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 151 }, "end": { "line": 42, "column": 160 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "23": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (helper = (helper = lookupProperty(helpers, "holders") || (depth0 != null ? lookupProperty(depth0, "holders") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "holders", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 43 }, "end": { "line": 42, "column": 54 } } }) : helper)) != null ? stack1 : "";
  }, "24": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "missing") : depth0, { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.program(26, data, 0), "data": data, "loc": { "start": { "line": 42, "column": 62 }, "end": { "line": 42, "column": 141 } } })) != null ? stack1 : "";
  }, "25": function(container, depth0, helpers, partials, data) {
    return "\u26A0\uFE0F **unfilled, required at this level**";
  }, "26": function(container, depth0, helpers, partials, data) {
    return "_unfilled_";
  }, "27": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "impact") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + "\n";
  }, "28": function(container, depth0, helpers, partials, data) {
    return "_Not yet described. Use `/impact <text>`._\n";
  }, "29": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "text") : stack1, depth0)) != null ? stack1 : "") + "\n>\n> \u2014 " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "by") : stack1, depth0)) != null ? stack1 : "") + ", " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "at") : stack1, depth0)) != null ? stack1 : "") + " ([comment](" + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "update") : depth0) != null ? lookupProperty(stack1, "url") : stack1, depth0)) != null ? stack1 : "") + "); " + ((stack1 = (helper = (helper = lookupProperty(helpers, "updateCount") || (depth0 != null ? lookupProperty(depth0, "updateCount") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "updateCount", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 61 }, "end": { "line": 57, "column": 76 } } }) : helper)) != null ? stack1 : "") + " so far)\n";
  }, "30": function(container, depth0, helpers, partials, data) {
    return "_No update yet. Use `/update <text>`._\n";
  }, "31": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = container.lambda, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n### Recent changes\n\n_Merged into the default branch or deployed from " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "since") : stack1, depth0)) != null ? stack1 : "") + " to " + ((stack1 = alias1((stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "until") : stack1, depth0)) != null ? stack1 : "") + ", newest first._\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "items") : stack1, { "name": "each", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.program(33, data, 0), "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 68, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, (stack1 = depth0 != null ? lookupProperty(depth0, "changes") : depth0) != null ? lookupProperty(stack1, "problems") : stack1, { "name": "each", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 68, "column": 9 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "");
  }, "32": function(container, depth0, helpers, partials, data) {
    var stack1;
    return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
  }, "33": function(container, depth0, helpers, partials, data) {
    return "- _None._\n";
  }, "34": function(container, depth0, helpers, partials, data) {
    var stack1;
    return "- \u26A0\uFE0F " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
  }, "35": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n### Response flow\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "flow") : depth0, { "name": "each", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 75, "column": 0 }, "end": { "line": 76, "column": 9 } } })) != null ? stack1 : "");
  }, "36": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "done") : depth0, { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.program(38, data, 0), "data": data, "loc": { "start": { "line": 75, "column": 17 }, "end": { "line": 75, "column": 46 } } })) != null ? stack1 : "") + "] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 75, "column": 48 }, "end": { "line": 75, "column": 57 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, depth0 != null ? lookupProperty(depth0, "done") : depth0, { "name": "unless", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 75, "column": 57 }, "end": { "line": 75, "column": 101 } } })) != null ? stack1 : "") + "\n";
  }, "37": function(container, depth0, helpers, partials, data) {
    return "x";
  }, "38": function(container, depth0, helpers, partials, data) {
    return " ";
  }, "39": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " (`/done " + ((stack1 = (helper = (helper = lookupProperty(helpers, "id") || (depth0 != null ? lookupProperty(depth0, "id") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "id", "hash": {}, "data": data, "loc": { "start": { "line": 75, "column": 82 }, "end": { "line": 75, "column": 88 } } }) : helper)) != null ? stack1 : "") + "`)";
  }, "40": function(container, depth0, helpers, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "followups") : depth0, { "name": "each", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 17 }, "end": { "line": 80, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "moreFollowups") : depth0, { "name": "if", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 80, "column": 9 }, "end": { "line": 81, "column": 7 } } })) != null ? stack1 : "");
  }, "41": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [ ] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 42 }, "end": { "line": 79, "column": 50 } } }) : helper)) != null ? stack1 : "") + " (" + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 79, "column": 52 }, "end": { "line": 79, "column": 58 } } }) : helper)) != null ? stack1 : "") + ")\n";
  }, "42": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- _\u2026 and " + ((stack1 = (helper = (helper = lookupProperty(helpers, "moreFollowups") || (depth0 != null ? lookupProperty(depth0, "moreFollowups") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "moreFollowups", "hash": {}, "data": data, "loc": { "start": { "line": 80, "column": 39 }, "end": { "line": 80, "column": 56 } } }) : helper)) != null ? stack1 : "") + " more in the issue_\n";
  }, "43": function(container, depth0, helpers, partials, data) {
    return "_None yet. Use `/followup <text>`._\n";
  }, "44": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Action items\n\n" + ((stack1 = (helper = (helper = lookupProperty(helpers, "actionItemsDone") || (depth0 != null ? lookupProperty(depth0, "actionItemsDone") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "actionItemsDone", "hash": {}, "data": data, "loc": { "start": { "line": 87, "column": 0 }, "end": { "line": 87, "column": 19 } } }) : helper)) != null ? stack1 : "") + " of " + ((stack1 = container.lambda((stack1 = depth0 != null ? lookupProperty(depth0, "actionItems") : depth0) != null ? lookupProperty(stack1, "length") : stack1, depth0)) != null ? stack1 : "") + " done.\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "actionItems") : depth0, { "name": "each", "hash": {}, "fn": container.program(45, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 89, "column": 0 }, "end": { "line": 90, "column": 9 } } })) != null ? stack1 : "");
  }, "45": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- [" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "done") : depth0, { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.program(38, data, 0), "data": data, "loc": { "start": { "line": 89, "column": 24 }, "end": { "line": 89, "column": 53 } } })) != null ? stack1 : "") + "] " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 89, "column": 55 }, "end": { "line": 89, "column": 63 } } }) : helper)) != null ? stack1 : "") + "\n";
  }, "46": function(container, depth0, helpers, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "### Recent commands\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "recentCommands") : depth0, { "name": "each", "hash": {}, "fn": container.program(47, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 95, "column": 0 }, "end": { "line": 96, "column": 9 } } })) != null ? stack1 : "") + "_Acknowledged here rather than with a \u{1F44D} each, to keep within GitHub's write limits._\n\n";
  }, "47": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- " + ((stack1 = (helper = (helper = lookupProperty(helpers, "at") || (depth0 != null ? lookupProperty(depth0, "at") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 95, "column": 26 }, "end": { "line": 95, "column": 32 } } }) : helper)) != null ? stack1 : "") + " \u2014 " + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 95, "column": 35 }, "end": { "line": 95, "column": 41 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "what") || (depth0 != null ? lookupProperty(depth0, "what") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "what", "hash": {}, "data": data, "loc": { "start": { "line": 95, "column": 43 }, "end": { "line": 95, "column": 51 } } }) : helper)) != null ? stack1 : "") + " ([comment](" + ((stack1 = (helper = (helper = lookupProperty(helpers, "url") || (depth0 != null ? lookupProperty(depth0, "url") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "url", "hash": {}, "data": data, "loc": { "start": { "line": 95, "column": 63 }, "end": { "line": 95, "column": 70 } } }) : helper)) != null ? stack1 : "") + "))\n";
  }, "48": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (helper = (helper = lookupProperty(helpers, "at") || (depth0 != null ? lookupProperty(depth0, "at") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "at", "hash": {}, "data": data, "loc": { "start": { "line": 104, "column": 20 }, "end": { "line": 104, "column": 26 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "text") || (depth0 != null ? lookupProperty(depth0, "text") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 104, "column": 29 }, "end": { "line": 104, "column": 37 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "by") || (depth0 != null ? lookupProperty(depth0, "by") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "by", "hash": {}, "data": data, "loc": { "start": { "line": 104, "column": 40 }, "end": { "line": 104, "column": 46 } } }) : helper)) != null ? stack1 : "") + " |\n";
  }, "49": function(container, depth0, helpers, partials, data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n_\u2026 " + ((stack1 = (helper = (helper = lookupProperty(helpers, "hiddenEvents") || (depth0 != null ? lookupProperty(depth0, "hiddenEvents") : depth0)) != null ? helper : container.hooks.helperMissing, typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "hiddenEvents", "hash": {}, "data": data, "loc": { "start": { "line": 106, "column": 3 }, "end": { "line": 106, "column": 19 } } }) : helper)) != null ? stack1 : "") + " earlier events are not shown here; the full history is in this issue and will be in the postmortem._\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
    var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "drill") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 4, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "notAnIncident") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 7 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + "## \u{1F6A8} Incident #" + ((stack1 = (helper = (helper = lookupProperty(helpers, "number") || (depth0 != null ? lookupProperty(depth0, "number") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "number", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 23 }, "end": { "line": 7, "column": 33 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = (helper = lookupProperty(helpers, "title") || (depth0 != null ? lookupProperty(depth0, "title") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 35 }, "end": { "line": 7, "column": 44 } } }) : helper)) != null ? stack1 : "") + "\n\n| | |\n| --- | --- |\n| **Severity** | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "severity") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 11, "column": 17 }, "end": { "line": 11, "column": 137 } } })) != null ? stack1 : "") + " |\n| **Response mode** | " + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "responseMode") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 12, "column": 22 }, "end": { "line": 12, "column": 83 } } })) != null ? stack1 : "") + " |\n| **Status** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "status") || (depth0 != null ? lookupProperty(depth0, "status") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "status", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 15 }, "end": { "line": 13, "column": 25 } } }) : helper)) != null ? stack1 : "") + " |\n| **Declared** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "declared") || (depth0 != null ? lookupProperty(depth0, "declared") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "declared", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 17 }, "end": { "line": 14, "column": 29 } } }) : helper)) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "started") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + "| **Duration** | " + ((stack1 = (helper = (helper = lookupProperty(helpers, "duration") || (depth0 != null ? lookupProperty(depth0, "duration") : depth0)) != null ? helper : alias2, typeof helper === alias3 ? helper.call(alias1, { "name": "duration", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 24 }, "end": { "line": 16, "column": 36 } } }) : helper)) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "timeToMitigate") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "timeToResolve") : depth0, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 7 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "nextUpdate") : depth0, { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 7 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "alerts") : depth0, { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 7 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "postmortem") : depth0, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 7 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "deploys") : depth0, { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 7 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "publicStatus") : depth0, { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "contacts") : depth0, { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 7 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "") + "### Roles\n\n| Role | Held by | Since |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "roles") : depth0, { "name": "each", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 43, "column": 9 } } })) != null ? stack1 : "") + "\n### Impact\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "impact") : depth0, { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.program(28, data, 0), "data": data, "loc": { "start": { "line": 47, "column": 0 }, "end": { "line": 51, "column": 7 } } })) != null ? stack1 : "") + "\n### Latest update\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "update") : depth0, { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.program(30, data, 0), "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "changes") : depth0, { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 70, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "flow") : depth0, { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 71, "column": 0 }, "end": { "line": 76, "column": 16 } } })) != null ? stack1 : "") + "\n### Follow-ups\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "followups") : depth0, { "name": "if", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.program(43, data, 0), "data": data, "loc": { "start": { "line": 79, "column": 0 }, "end": { "line": 82, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "actionItems") : depth0, { "name": "if", "hash": {}, "fn": container.program(44, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 84, "column": 0 }, "end": { "line": 91, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "recentCommands") : depth0, { "name": "if", "hash": {}, "fn": container.program(46, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 92, "column": 0 }, "end": { "line": 99, "column": 7 } } })) != null ? stack1 : "") + "### Timeline\n\n| Time | Event | By |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "timeline") : depth0, { "name": "each", "hash": {}, "fn": container.program(48, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 104, "column": 0 }, "end": { "line": 105, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "hiddenEvents") : depth0, { "name": "if", "hash": {}, "fn": container.program(49, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 105, "column": 9 }, "end": { "line": 107, "column": 7 } } })) != null ? stack1 : "") + "\n<sub>Kept up to date by Incident Workflow after every event. Commands: `/help`.</sub>\n";
  }, "useData": true }
};

// src/core/render/load-compiler.ts
var import_node_module = require("node:module");
var import_meta = {};
var loaded;
function loadCompiler() {
  loaded ??= typeof require === "function" ? require("./handlebars.cjs") : (0, import_node_module.createRequire)(import_meta.url)("handlebars");
  return loaded;
}

// src/core/render/handlebars.ts
var HandlebarsRuntime = import_runtime.default;
function withHelpers(env) {
  env.registerHelper("eq", (a, b) => a === b);
  env.registerHelper(
    "join",
    (list, sep) => Array.isArray(list) ? list.join(typeof sep === "string" ? sep : ", ") : ""
  );
  return env;
}
var runtime = withHelpers(HandlebarsRuntime.create());
var compiler;
function wrap(name, compiled) {
  return (view) => {
    try {
      return compiled(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error2) {
      throw new TemplateError(name, error2 instanceof Error ? error2.message : String(error2));
    }
  };
}
function templateFromSpec(name, spec2) {
  return wrap(name, runtime.template(spec2));
}
function compileTemplate(name, source) {
  let compiled;
  try {
    compiler ??= withHelpers(loadCompiler().create());
    compiled = compiler.compile(source, COMPILE_OPTIONS);
    compiler.precompile(source, COMPILE_OPTIONS);
  } catch (error2) {
    throw new TemplateError(name, error2 instanceof Error ? error2.message : String(error2));
  }
  return wrap(name, compiled);
}
var TemplateError = class extends Error {
  constructor(template, detail) {
    super(`template ${template}: ${detail}`);
    this.template = template;
    this.name = "TemplateError";
  }
  template;
};

// src/core/postmortem/yaml-scalar.ts
function yamlString(value) {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 65533;
    if (isBidiControl(code)) continue;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "	") out += "\\t";
    else if (ch === "<") out += "\\u003C";
    else if (ch === ">") out += "\\u003E";
    else if (code >= 32 && code <= 126) out += ch;
    else if (code >= 55296 && code <= 57343) out += "\\uFFFD";
    else if (isPrintable(code)) out += ch;
    else out += `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return `${out}"`;
}
function isPrintable(code) {
  if (code === 65279 || code === 8232 || code === 8233 || code === 133) return false;
  return code >= 160 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536;
}
function yamlNullable(value) {
  return value === null ? "null" : yamlString(value);
}
function yamlNumber(value) {
  return value === null || !Number.isFinite(value) ? "null" : String(Math.trunc(value));
}

// src/core/postmortem/view-model.ts
var INLINE_MAX = 4e3;
var QUOTE_MAX = 2e4;
function postmortemView(input) {
  const { state, config: config2 } = input;
  const tz = config2.timeZone;
  const time2 = (iso) => formatTime(iso, tz);
  const resolvedAt = state.resolvedAt ?? (state.open ? null : input.now.toISOString());
  const ttm = state.mitigatedAt ? minutesBetween(state.startedAt, state.mitigatedAt) : null;
  const ttr = resolvedAt ? minutesBetween(state.startedAt, resolvedAt) : null;
  const commander = state.roles.find((r) => r.role.id === "commander")?.holders[0]?.login ?? null;
  const level = state.severity;
  const firstUpdate = state.updates[0];
  const summaryText = input.summary?.trim() ? input.summary : firstUpdate?.text ?? null;
  const said2 = (s) => s ? { text: blockText(s.text, QUOTE_MAX), by: person(s.by), at: time2(s.at), url: safeUrl(s.url) } : null;
  return {
    number: state.number,
    url: safeUrl(state.url) ?? "",
    title: inlineText(state.title, 256),
    drill: state.isDrill,
    timeZone: inlineText(tz, 60),
    generatedAt: time2(input.now.toISOString()),
    frontMatter: {
      incident: yamlNumber(state.number),
      url: yamlString(state.url),
      title: yamlString(state.title),
      severity: yamlNullable(level?.id ?? null),
      status: yamlString("draft"),
      drill: state.isDrill ? "true" : "false",
      declaredAt: yamlString(isoUtc(state.declaredAt)),
      startedAt: yamlString(isoUtc(state.startedAt)),
      identifiedAt: yamlNullable(state.identifiedAt && isoUtc(state.identifiedAt)),
      mitigatedAt: yamlNullable(state.mitigatedAt && isoUtc(state.mitigatedAt)),
      resolvedAt: yamlNullable(resolvedAt && isoUtc(resolvedAt)),
      timeToMitigateMinutes: yamlNumber(ttm),
      timeToResolveMinutes: yamlNumber(ttr),
      commander: yamlNullable(commander)
    },
    severity: level ? { id: inlineText(level.id, 60), description: inlineText(level.description, 300) } : null,
    keyFigures: [
      { name: "Declared", value: `${time2(state.declaredAt)} by ${person(state.declaredBy)}` },
      { name: "Started", value: time2(state.startedAt) },
      { name: "Identified", value: state.identifiedAt ? time2(state.identifiedAt) : "\u2014" },
      { name: "Mitigated", value: state.mitigatedAt ? time2(state.mitigatedAt) : "\u2014" },
      { name: "Resolved", value: resolvedAt ? time2(resolvedAt) : "\u2014" },
      { name: "Time to mitigate", value: ttm === null ? "\u2014" : formatDuration(ttm) },
      { name: "Time to resolve", value: ttr === null ? "\u2014" : formatDuration(ttr) },
      { name: "Commander", value: commander ? person(commander) : "\u2014" }
    ],
    summary: summaryText === null ? null : blockText(summaryText, QUOTE_MAX),
    summaryFrom: input.summary?.trim() ? "the incident's summary" : "the first update",
    impact: said2(state.impact),
    responders: state.roles.map((r) => ({
      role: inlineText(r.role.name, 60),
      people: r.holders.map((h) => person(h.login)).join(", ")
    })),
    timeline: state.timeline.map((e) => ({
      time: link(time2(e.at), e.url),
      event: inlineText(e.text, INLINE_MAX),
      who: person(e.by)
    })),
    resolution: said2(state.resolution),
    related: [
      ...state.references.map((r) => {
        if (r.hidden)
          return `${r.isPullRequest ? "A pull request" : "An issue"} in a private repository (${time2(r.at)})`;
        const ref = inlineText(`${r.repository}#${r.number}`, 200);
        const kind = r.isPullRequest ? "pull request" : "issue";
        return `${link(ref, r.url)}: ${inlineText(r.title, 300)} (${kind}, ${time2(r.at)})`;
      }),
      ...state.commits.map((c) => {
        const sha = /^[0-9a-f]{7,40}$/i.test(c.sha) ? `\`${c.sha.slice(0, 7)}\`` : inlineText(c.sha, 40);
        return `${link(sha, c.url)} by ${person(c.by)} (commit, ${time2(c.at)})`;
      })
    ],
    changes: changesView(state.recentChanges, { person, time: time2 }),
    actionItems: state.followups.map((f) => ({ text: inlineText(f.text, INLINE_MAX), by: person(f.by) }))
  };
}

// src/core/postmortem/render.ts
var POSTMORTEM_TEMPLATE = "postmortem.md.hbs";
var builtIn = null;
function builtInTemplate() {
  if (builtIn === null) {
    const spec2 = BUILT_IN_TEMPLATES[POSTMORTEM_TEMPLATE];
    if (spec2 === void 0)
      throw new Error(`built-in template ${POSTMORTEM_TEMPLATE} is missing from the build`);
    builtIn = templateFromSpec(POSTMORTEM_TEMPLATE, spec2);
  }
  return builtIn;
}
function renderPostmortem(state, config2, now, templateSource, options = {}) {
  const template = templateSource === void 0 ? builtInTemplate() : compileTemplate(config2.postmortem.template ?? "postmortem template", templateSource);
  const text = template(postmortemView({ state, config: config2, now, summary: options.summary }));
  return `${text.trim()}
`;
}
function renderPostmortemSafely(state, config2, now, templateSource, options = {}) {
  const path = config2.postmortem.template;
  if (path === void 0 || templateSource === void 0) {
    return { document: renderPostmortem(state, config2, now, void 0, options) };
  }
  const fallback = (why) => ({
    document: renderPostmortem(state, config2, now, void 0, options),
    warning: `The postmortem template ${inlineText(path, 200)} ${why}; the built-in template was used instead.`
  });
  if (templateSource === null) return fallback("was not found on the default branch");
  try {
    const document = renderPostmortem(state, config2, now, templateSource, options);
    if (document.trim() === "") return fallback("rendered an empty document");
    return { document };
  } catch (error2) {
    return fallback(`could not be used (${oneLine(error2)})`);
  }
}
function oneLine(error2) {
  return inlineText(error2 instanceof Error ? error2.message : String(error2), 300);
}

// src/core/postmortem/reviewers.ts
var LOGIN4 = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
function postmortemReviewers(state, config2, selfLogin) {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders.map((h) => h.login) ?? [];
  const seen = new Set(selfLogin === void 0 ? [] : [selfLogin.toLowerCase()]);
  const out = [];
  for (const raw of [...commanders, ...config2.postmortem.reviewers]) {
    const login = raw.startsWith("@") ? raw.slice(1) : raw;
    if (!LOGIN4.test(login) || seen.has(login.toLowerCase())) continue;
    seen.add(login.toLowerCase());
    out.push(login);
  }
  return out;
}

// src/core/postmortem/index-file.ts
var ROWS2 = `${MARKER_PREFIX}postmortem-index:`;
function readIndexRows(text) {
  if (text === null) return [];
  const start = text.indexOf(ROWS2);
  if (start < 0) return [];
  const end = text.indexOf(" -->", start);
  try {
    return JSON.parse(
      Buffer.from(text.slice(start + ROWS2.length, end), "base64url").toString("utf8")
    );
  } catch {
    return [];
  }
}
function renderIndex(rows) {
  const sorted = [...rows].sort((a, b) => b.date.localeCompare(a.date) || b.incident - a.incident);
  const encoded = Buffer.from(JSON.stringify(sorted), "utf8").toString("base64url");
  return [
    "# Postmortems",
    "",
    "Every incident's postmortem, newest first. Kept up to date by Incident Workflow: each postmortem's",
    "pull request updates this file. Action items count as done when their issue is closed (or their",
    "box is checked in the document).",
    "",
    "| Date | Incident | Level | Duration | Action items |",
    "| --- | --- | --- | --- | --- |",
    ...sorted.map(
      (r) => `| ${r.date} | [#${r.incident} ${inlineText(r.title, 120)}](${encodeURI(r.file)})${r.drill ? " (drill)" : ""} | ${r.severity ?? "\u2014"} | ${r.minutes === null ? "\u2014" : formatDuration(r.minutes)} | ${r.total === 0 ? "none" : `${r.done} of ${r.total} done`} |`
    ),
    "",
    `${ROWS2}${encoded} -->`,
    ""
  ].join("\n");
}

// src/handlers/postmortem-index.ts
function relative(from, to) {
  const dir = from.includes("/") ? from.slice(0, from.lastIndexOf("/") + 1) : "";
  return to.startsWith(dir) ? to.slice(dir.length) : `/${to}`;
}
async function updatePostmortemIndex(ports, config2, state, input) {
  const path = postmortemIndexPath(config2);
  if (path === null) return null;
  const rows = readIndexRows(await ports.readFile(path)).filter((r) => r.incident !== state.number);
  const items = await ports.listIssues({ label: config2.labels.actionItem, state: "all" });
  const progress = /* @__PURE__ */ new Map();
  for (const issue2 of items) {
    const marker = readActionItemMarker(issue2.body);
    if (marker === null) continue;
    const p = progress.get(marker.incident) ?? { done: 0, total: 0 };
    p.total++;
    if (issue2.state === "closed") p.done++;
    progress.set(marker.incident, p);
  }
  const resolvedAt = state.resolvedAt ?? input.now.toISOString();
  const row = {
    incident: state.number,
    title: state.title,
    date: state.declaredAt.slice(0, 10),
    severity: state.severity?.id ?? null,
    minutes: minutesBetween(state.startedAt, resolvedAt),
    file: relative(path, input.document),
    drill: state.isDrill,
    done: 0,
    total: state.followups.length
  };
  const all = [...rows, row].map((r) => ({ ...r, ...progress.get(r.incident) ?? {} }));
  await ports.putFile({
    branch: input.branch,
    path,
    content: renderIndex(all),
    message: `Add the postmortem of incident ${state.number} to the index`
  });
  return path;
}

// src/handlers/open-postmortem.ts
var PostmortemError = class extends Error {
  constructor(message, document, options) {
    super(message, options);
    this.document = document;
    this.name = "PostmortemError";
  }
  document;
};
async function openPostmortem(state, config2, deps, options = {}) {
  const skip = postmortemSkipReason(state, config2);
  if (skip !== null) return { pr: null, reason: skip, warnings: [] };
  if (state.postmortem !== null) {
    return { pr: state.postmortem, reason: `already linked: #${state.postmortem.number}`, warnings: [] };
  }
  const { ports } = deps;
  const warnings = [];
  const source = await readOverride(ports, config2, warnings);
  const now = deps.now();
  const rendered = renderPostmortemSafely(state, config2, now, source, { summary: options.summary });
  if (rendered.warning !== void 0) warnings.push(rendered.warning);
  const document = rendered.document;
  const branch = postmortemBranch(state.number);
  const path = postmortemPath(config2, state);
  let step = "reading the default branch";
  let pr;
  try {
    const base = await ports.getDefaultBranch();
    step = `creating the branch ${branch}`;
    if (!await createBranchUnlessExists(ports, branch, base.sha)) {
      step = `looking for a pull request from ${branch}`;
      const existing = pickPull(await ports.findPulls(branch));
      if (existing !== null) return link3(existing, warnings, "reused");
    }
    step = `committing ${path} to ${branch}`;
    await ports.putFile({
      branch,
      path,
      content: document,
      message: `Draft the postmortem of incident ${state.number}`
    });
    step = "updating the postmortem index";
    try {
      await updatePostmortemIndex(ports, config2, state, { branch, document: path, now });
    } catch (error2) {
      warnings.push(`The postmortem index could not be updated (${inlineText(describe(error2), 300)}).`);
    }
    step = `opening the pull request from ${branch} to ${base.name}`;
    const created = await createPullOrFind(ports, {
      title: postmortemPrTitle(state),
      body: postmortemPrBody(state, path, now),
      head: branch,
      base: base.name,
      draft: config2.postmortem.draft
    });
    pr = created.pr;
    if (!created.isNew) return link3(pr, warnings, "reused");
  } catch (error2) {
    return fail(ports, state, { step, error: error2, branch, path, document }, warnings);
  }
  await decorate(ports, state, config2, pr, deps.selfLogin, warnings);
  return link3(pr, warnings);
}
async function readOverride(ports, config2, warnings) {
  const path = config2.postmortem.template;
  if (path === void 0) return void 0;
  try {
    return await ports.readFile(path);
  } catch (error2) {
    warnings.push(
      `The postmortem template ${inlineText(path, 200)} could not be read (${inlineText(describe(error2), 300)}); the built-in template was used instead.`
    );
    return void 0;
  }
}
async function createBranchUnlessExists(ports, branch, sha) {
  try {
    await ports.createBranch(branch, sha);
    return true;
  } catch (error2) {
    if (errorStatus(error2) === 422) return false;
    throw error2;
  }
}
function pickPull(pulls) {
  const sorted = [...pulls].sort((a, b) => b.number - a.number);
  const pick2 = sorted.find((p) => p.state === "open") ?? sorted[0];
  return pick2 === void 0 ? null : { number: pick2.number, url: pick2.url };
}
async function createPullOrFind(ports, input) {
  try {
    return { pr: await ports.createPull(input), isNew: true };
  } catch (error2) {
    if (errorStatus(error2) !== 422) throw error2;
    const existing = pickPull(await ports.findPulls(input.head));
    if (existing === null) throw error2;
    return { pr: existing, isNew: false };
  }
}
async function decorate(ports, state, config2, pr, selfLogin, warnings) {
  try {
    await ports.addLabels(pr.number, [config2.labels.postmortem]);
  } catch (error2) {
    warnings.push(
      `The ${inlineText(config2.labels.postmortem, 60)} label could not be added to #${pr.number} (${inlineText(describe(error2), 300)}).`
    );
  }
  const reviewers = postmortemReviewers(state, config2, selfLogin);
  if (reviewers.length === 0) return;
  try {
    await ports.requestReviewers(pr.number, reviewers);
  } catch (error2) {
    warnings.push(`Reviewers could not be requested on #${pr.number} (${inlineText(describe(error2), 300)}).`);
  }
}
function link3(pr, warnings, reused) {
  const reason3 = reused === void 0 ? {} : { reason: `reused the existing pull request #${pr.number}` };
  return { pr, ...reason3, warnings };
}
async function fail(ports, state, f, warnings) {
  const reason3 = `the postmortem pull request could not be opened: failed while ${f.step}: ${describe(f.error)}`;
  try {
    for (const body of postmortemFailureComments({ issue: state.number, ...f })) {
      await ports.createComment(state.number, body);
    }
  } catch (error2) {
    throw new PostmortemError(
      `${reason3}; the failure comment could not be posted either: ${describe(error2)}`,
      f.document,
      {
        cause: f.error
      }
    );
  }
  return { pr: null, reason: reason3, warnings };
}
function describe(error2) {
  const status = errorStatus(error2);
  const message = error2 instanceof Error ? error2.message : String(error2);
  return `${status === null ? "" : `${status} `}${message}`.replace(/\s+/g, " ").trim().slice(0, 300);
}

// src/handlers/postmortem-step.ts
async function maybeOpenPostmortem(state, config2, deps, summary2) {
  if (state.open || state.closeReason !== "completed" || state.postmortem !== null) return null;
  if (!state.closedByDecider) return null;
  const result = await openPostmortem(state, config2, { ports: deps.ports, now: deps.now }, { summary: summary2 });
  if (result.reason) deps.log.info(`postmortem of #${state.number}: ${result.reason}`);
  if (result.warnings.length > 0) {
    const body = [
      `${MARKER_PREFIX}postmortem-warnings -->`,
      "**Postmortem notes**",
      "",
      ...result.warnings.map((w) => `- ${w}`),
      ""
    ];
    await deps.ports.createComment(state.number, body.join("\n"));
  }
  return result.pr;
}

// src/core/state/permission-needs.ts
var same6 = (a, b) => a.toLowerCase() === b.toLowerCase();
function authorActs(q) {
  const author = q.issue.author;
  if (q.formAnswers) return true;
  const acted = withCreationLabels(q.issue, q.events).some(
    (e) => (e.kind === "labeled" || e.kind === "unlabeled" || e.kind === "closed") && !q.isSelf(e.actor) && same6(e.actor.login, author.login)
  );
  if (acted || !COMMAND_LINE.test(q.issue.body)) return acted;
  return parseCommands(q.issue.body, q.config, { now: new Date(q.issue.createdAt) }).some(
    (c) => BODY_COMMANDS.has(c.kind) && needsPermission(c, q.config)
  );
}
function whosePermission(q) {
  const { config: config2 } = q;
  const wanted = /* @__PURE__ */ new Set();
  const author = q.issue.author;
  if (!q.isSelf(author) && needsAsking(config2, author, q.issue.authorAssociation) && authorActs(q))
    wanted.add(author.login.toLowerCase());
  if (config2.commands.requirePermission.length === 0) return [...wanted];
  for (const e of q.events) {
    if (e.kind !== "commented" || e.actor.isBot || wanted.has(e.actor.login.toLowerCase())) continue;
    if (!config2.commands.allow.includes(e.association) || !needsAsking(config2, e.actor, e.association))
      continue;
    if (!COMMAND_LINE.test(e.body)) continue;
    if (commandsOf(q.commands, e, config2).some((c) => needsPermission(c, config2)))
      wanted.add(e.actor.login.toLowerCase());
  }
  return [...wanted];
}

// src/handlers/read-permissions.ts
async function readPermissions(ports, question) {
  const { self, ...rest } = question;
  const logins = whosePermission({ ...rest, isSelf: selfMatcher(self) });
  const answers = await Promise.all(
    logins.map(async (login) => [login, await ports.permissionOf(login)])
  );
  return new Map(answers);
}

// src/handlers/recent-changes.ts
var PULL_PAGES = 2;
var reason2 = (error2) => error2 instanceof Error ? error2.message : String(error2);
var repoHtmlOf = (issueUrl) => {
  const at = issueUrl.lastIndexOf("/issues/");
  return at < 0 ? issueUrl : issueUrl.slice(0, at);
};
async function readRecentChanges(ports, state, config2, log) {
  const window = changesWindow(state.startedAt, state.declaredAt, config2);
  const problems = [];
  const candidates = [];
  try {
    for (const p of await ports.listMergedPulls(window.since, PULL_PAGES))
      candidates.push({
        kind: "pull",
        at: p.mergedAt,
        by: p.author,
        title: p.title,
        url: p.url,
        number: p.number
      });
  } catch (error2) {
    problems.push(`Merged pull requests could not be read: ${reason2(error2)}`);
  }
  try {
    const html = repoHtmlOf(state.url);
    for (const d of await ports.listDeployments())
      candidates.push({
        kind: "deployment",
        at: d.createdAt,
        by: d.creator,
        title: d.environment,
        url: `${html}/commit/${d.sha}`,
        number: d.id,
        ref: d.ref,
        sha: d.sha
      });
  } catch (error2) {
    problems.push(`Deployments could not be read: ${reason2(error2)}`);
  }
  for (const problem of problems) log.warn(`recent changes: ${problem}`);
  return { ...window, items: selectChanges(candidates, window, config2.changes.limit), problems };
}

// src/handlers/write-board.ts
async function writeBoard(ports, state, body, self) {
  for (const extra of state.extraBoards) await ports.deleteComment(extra);
  if (state.board) {
    if (state.board.body !== body) await ports.updateComment(state.board.id, body);
    return state.board.id;
  }
  const created = await ports.createComment(state.number, body);
  const boards = (await ports.listComments(state.number)).filter((c) => c.authorIsBot && c.author.toLowerCase() === self.toLowerCase()).filter((c) => c.body.startsWith(BOARD_MARKER)).map((c) => c.id).sort((a, b) => a - b);
  const oldest = boards[0];
  if (oldest === void 0 || oldest === created.id) return created.id;
  await ports.deleteComment(created.id);
  await ports.updateComment(oldest, body);
  return oldest;
}

// src/handlers/recheck-board.ts
async function recheckBoard(deps, issue2, derive, render, self, rounds = 3) {
  for (let round = 0; round < rounds; round++) {
    const state = derive(await deps.ports.readTimeline(issue2));
    const body = render(state);
    if (state.board?.body === body && state.extraBoards.length === 0) return;
    await writeBoard(deps.ports, state, body, self);
  }
  deps.log.warn(
    `#${issue2}: the board was still changing after ${rounds} re-checks; the next event settles it`
  );
}

// src/handlers/templates.ts
var builtIn2 = /* @__PURE__ */ new Map();
function builtInTemplate2(name) {
  let template = builtIn2.get(name);
  if (!template) {
    const spec2 = BUILT_IN_TEMPLATES[name];
    if (spec2 === void 0) throw new Error(`built-in template ${name} is missing from the build`);
    template = templateFromSpec(name, spec2);
    builtIn2.set(name, template);
  }
  return template;
}
async function boardTemplate(config2, files) {
  const path = config2.board.template;
  if (path === void 0) return { template: builtInTemplate2("status-board.md.hbs") };
  const source = await files.readFile(path);
  if (source === null) {
    return {
      template: builtInTemplate2("status-board.md.hbs"),
      warning: `board template \`${path}\` was not found on the default branch`
    };
  }
  try {
    const template = compileTemplate(path, source);
    return { template };
  } catch (error2) {
    return {
      template: builtInTemplate2("status-board.md.hbs"),
      warning: String(error2 instanceof Error ? error2.message : error2)
    };
  }
}

// src/handlers/reconcile.ts
async function actionItemsOf(ports, config2, incident, self) {
  const issues = await ports.listIssues({ label: config2.labels.actionItem, state: "all" });
  return issues.filter((i) => isTool(i.author, self) && readActionItemMarker(i.body)?.incident === incident).sort((a, b) => a.number - b.number).map((i) => ({ number: i.number, title: i.title, url: i.url, open: i.state === "open" }));
}
var ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
function summarise(state) {
  return {
    number: state.number,
    url: state.url,
    severity: state.severity?.id ?? null,
    status: state.status,
    postmortemPr: state.postmortem?.url ?? null
  };
}
async function reconcile(issue2, timeline, config2, deps, options = {}) {
  const { ports } = deps;
  const now = deps.now();
  const self = await deps.self();
  const form = parseIncidentForm(issue2.body, config2);
  const events = [...timeline];
  const formStartedAt = form.startedAt && ISO_UTC.test(form.startedAt) ? form.startedAt : void 0;
  const commands = /* @__PURE__ */ new Map();
  const formAnswers = form.severity !== void 0 || formStartedAt !== void 0 || isIncidentForm(issue2.body);
  const permissions = await readPermissions(ports, { issue: issue2, events, config: config2, self, formAnswers, commands });
  const deriveFrom = (history) => deriveState(issue2, history, config2, {
    now,
    self,
    formStartedAt,
    formSeverity: form.severity,
    commands,
    permissions
  });
  const before = deriveFrom(events);
  if (!before.isIncident) {
    if (isOutsiderForm(issue2, config2, self, permissions))
      return onOutsiderForm(issue2, timeline, config2, deps);
    return { outcome: "ignored", reason: `#${issue2.number} is not an incident` };
  }
  const at = now.toISOString() > before.lastEventAt ? now.toISOString() : before.lastEventAt;
  const through = readAckMarker(before.board?.body);
  const owed = before.answers.filter((a) => reactionOwed(a, { react: true, through })).length;
  const room = owed === 0 || deps.writes === void 0 ? owed : await deps.writes.reactionsAllowed();
  const acks = { react: owed <= room, through };
  const predict = (e, placeholder) => predictedEvents(e, self, at, placeholder);
  const { plans, state } = planAll(before, events, config2, acks, predict, deriveFrom);
  const watermark = nextWatermark(state, acks);
  const { template, warning } = await boardTemplate(config2, ports);
  if (warning) deps.log.warn(warning);
  const rowOf = (s) => dashboardRow(s, config2, issue2.updatedAt ?? "");
  let told = readSentRecords(before.board?.body);
  const render = (s, row2 = rowOf(s)) => renderBoard(s, config2, template, row2, watermark, sentMarkers(told));
  const closing = !state.open && state.postmortem === null && !state.postmortemFailed;
  const key = `board:${ports.repo.owner}/${ports.repo.repo}#${issue2.number}`;
  const signal = options.signal ? { signal: options.signal } : {};
  const first = { class: "state", ...signal };
  const boardWrites = { class: "board", key, ...signal };
  const stateWrites = { class: "state", key: `state:${key}`, ...signal };
  const board = { written: null };
  const stateAdded = [];
  const release = options.release ?? deps.writes?.holdAnswers() ?? (() => {
  });
  try {
    await withWrites(first, async () => {
      if (before.board === null && !options.labelsEnsured && (plans[0]?.addLabels.length ?? 0) > 0)
        await ensureRepoLabels(ports, config2);
      if (state.actionItemPulls.length > 0)
        state.actionItems = await actionItemsOf(ports, config2, state.number, self);
      if (state.recentChanges === null && config2.changes.limit > 0)
        state.recentChanges = await readRecentChanges(ports, state, config2, deps.log);
      if (!closing) {
        const body2 = render(state);
        const id = await withWrites(boardWrites, () => writeBoard(ports, state, body2, self));
        board.written = { id, body: body2 };
      }
      release();
      for (const plan of plans)
        stateAdded.push(
          ...await withWrites(stateWrites, () => applyStateEffects(ports, issue2.number, plan, self, at))
        );
    });
  } finally {
    release();
  }
  const added = [...stateAdded];
  for (const plan of plans)
    added.push(...await applyAnswers(ports, issue2.number, plan, self, at, options.signal));
  const reverts = await withWrites(
    { class: "background" },
    () => openReverts(ports, state, self, at, deps.log)
  );
  added.push(...reverts);
  const final = plans.some((p) => p.comments.length > 0 || p.close !== null) || reverts.length > 0 ? deriveFrom([...events, ...added]) : state;
  final.actionItems = state.actionItems;
  final.recentChanges = state.recentChanges;
  if (closing && !final.open && final.postmortem === null && !final.postmortemFailed)
    final.postmortem = await withWrites(
      { class: "background" },
      () => maybeOpenPostmortem(final, config2, deps, form.summary)
    );
  const row = rowOf(final);
  const body = render(final, row);
  const shown = board.written;
  if (shown === null || shown.body !== body) {
    if (shown !== null) Object.assign(final, { board: shown, extraBoards: [] });
    const id = await withWrites({ class: "board", key }, () => writeBoard(ports, final, body, self));
    board.written = { id, body };
  }
  let chatOwed = false;
  if (deps.chat !== void 0 && config2.notifications.channels.length > 0) {
    const incident = `${ports.repo.owner}/${ports.repo.repo}#${issue2.number}`;
    ({ records: told, owed: chatOwed } = await notifyChannels(
      final,
      config2,
      told,
      deps.chat,
      incident,
      deps.log
    ));
    const recorded = render(final, row);
    if (board.written !== null && recorded !== board.written.body) {
      Object.assign(final, { board: board.written, extraBoards: [] });
      await withWrites({ class: "board", key }, () => writeBoard(ports, final, recorded, self));
    }
  }
  if (deps.recheckBoard) await recheckBoard(deps, issue2.number, deriveFrom, render, self);
  if (final.open && before.board === null)
    await withWrites({ class: "background" }, () => ensureIssueType(issue2, events, config2, deps));
  const previous = before.board === null ? null : readRowMarker(before.board.body);
  const rowChanged = previous === null || !sameRow(previous, row);
  const wake = chatOwed ? now.toISOString() : wakeAt(final, config2);
  return { outcome: "handled", incident: summarise(final), row, rowChanged, wakeAt: wake };
}

// src/handlers/report-config.ts
async function reportConfigProblems(ports, state, problems, configPath) {
  const body = formatConfigProblems(problems, configPath);
  if (state.configErrorComment === null) await ports.createComment(state.number, body);
  else if (state.configErrorComment.body !== body)
    await ports.updateComment(state.configErrorComment.id, body);
  return invalidConfig(problems, configPath);
}
function invalidConfig(problems, configPath) {
  return { outcome: "invalid-config", problems, message: formatConfigProblemsText(problems, configPath) };
}

// src/handlers/declare.ts
function requestedLevel(input, config2) {
  const wanted = (input ?? "").trim();
  const level = wanted === "" ? config2.severities.find((s) => s.id === config2.defaultSeverity) : resolveSeverity(wanted, config2);
  if (!level) {
    throw new Error(
      `unknown severity "${wanted}"; use one of ${config2.severities.map((s) => s.id).join(", ")}`
    );
  }
  return level;
}
var SUMMARY_MAX = 6e4;
var ALERT_TEXT_MAX = 2e3;
function declaredBody(request3, marker) {
  const via = request3.source ? `\`/declare\` on ${request3.source.url}` : request3.alertSource ? `an alert from ${request3.alertSource}` : request3.dedupKey ? "an alert" : "a workflow run";
  const summary2 = request3.summary?.trim();
  return [
    declaredByMarker(request3.declaredBy),
    marker,
    ...request3.dedupKey ? [dedupMarker(request3.dedupKey)] : [],
    ...request3.source ? [declaredFromMarker(request3.source.commentId)] : [],
    summary2 ? blockText(summary2, SUMMARY_MAX) : "_No summary given._",
    "",
    `_Declared by @${request3.declaredBy} via ${via}._`
  ].join("\n");
}
function repeatedAlert(request3) {
  const text = [request3.title, request3.summary].filter(Boolean).join(" \u2014 ").replaceAll("\n", " ");
  const raw = [...text].slice(0, ALERT_TEXT_MAX).join("");
  return `${ALERT_MARKER}
${alertTextMarker(raw)}
Alert repeated: ${inlineText(text, ALERT_TEXT_MAX)}
`;
}
async function declare(request3, deps) {
  const { ports } = deps;
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return invalidConfig(loaded2.problems, deps.configPath);
  const config2 = loaded2.config;
  requestedLevel(request3.severity, config2);
  if (request3.dedupKey) {
    const self = await deps.self();
    const open2 = await ports.listIssues({ label: config2.labels.incident, state: "open" });
    const match = open2.find((i) => isTool(i.author, self) && readDedupMarker(i.body) === request3.dedupKey);
    if (match) {
      await ports.createComment(match.number, repeatedAlert(request3));
      return reconcile(match, await ports.readTimeline(match.number), config2, deps);
    }
  }
  return openIncident(request3, config2, deps);
}
async function openIncident(request3, config2, deps) {
  const { ports } = deps;
  const level = requestedLevel(request3.severity, config2);
  await ensureRepoLabels(ports, config2);
  const labels = [
    config2.labels.incident,
    level.label,
    statusLabel(config2, "investigating"),
    ...request3.drill ? [config2.labels.drill] : []
  ];
  const marker = requestMarker(request3.requestId ?? globalThis.crypto.randomUUID());
  const type = await typeForNewIncident(ports, config2);
  const issue2 = await ports.createIssue(
    { title: request3.title, body: declaredBody(request3, marker), labels, ...type ? { type } : {} },
    marker
  );
  const kept = request3.dedupKey ? await keepOldestAlert(deps, config2, request3.dedupKey, issue2) : null;
  if (kept !== null) return reconcile(kept, await ports.readTimeline(kept.number), config2, deps);
  const self = selfPerson(await deps.self());
  const timeline = labels.map((label) => ({
    kind: "labeled",
    id: 0,
    at: issue2.createdAt,
    actor: self,
    label
  }));
  const result = await reconcile({ ...issue2, labels: [] }, timeline, config2, deps, { labelsEnsured: true });
  if (result.outcome === "handled" && result.row)
    await refreshDashboard(deps, config2, { rows: [result.row] });
  return result;
}

// src/handlers/gate.ts
async function declaredOnly(listed, config2, deps) {
  const suspect = (i) => !i.author.isBot && !isAllowedUser(config2, i.author.login) && !canDecide(permissionFromAssociation(i.authorAssociation) ?? "triage");
  if (!listed.some(suspect)) return listed;
  const self = await deps.self();
  const kept = [];
  for (const issue2 of listed) {
    if (!suspect(issue2)) {
      kept.push(issue2);
      continue;
    }
    const events = await deps.ports.readTimeline(issue2.number);
    const permissions = await readPermissions(deps.ports, {
      issue: issue2,
      events,
      config: config2,
      self,
      formAnswers: false
    });
    if (deriveState(issue2, events, config2, { now: deps.now(), self, permissions }).isIncident)
      kept.push(issue2);
  }
  return kept;
}
async function deployGate(deps, options = {}) {
  const { blockOn, environment } = options;
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config2 = loaded2.config;
  const level = blockOn ?? config2.gate.blockOn;
  const limit = resolveSeverity(level, config2);
  if (limit === void 0) {
    throw new Error(
      `\`block-on\` must name a severity level (${config2.severities.map((s) => s.id).join(", ")}); found ${JSON.stringify(level)}`
    );
  }
  if (environment !== void 0 && !config2.gate.environments.includes(environment))
    return { blockOn: limit.id, blocking: [], notGated: environment };
  return { blockOn: limit.id, blocking: await blockingIncidents(config2, limit, deps) };
}
async function blockingIncidents(config2, limit, deps) {
  const fallback = config2.severities.find((s) => s.id === config2.defaultSeverity);
  const levelOf2 = (issue2) => config2.severities.filter((s) => hasLabel(issue2.labels, s.label)).sort((a, b) => a.rank - b.rank)[0] ?? fallback;
  const mitigated = statusLabel(config2, "mitigated");
  const listed = await deps.ports.listIssues({ label: config2.labels.incident, state: "open" });
  const open2 = await declaredOnly(listed, config2, deps);
  return open2.filter((i) => !hasLabel(i.labels, config2.labels.drill) && !hasLabel(i.labels, mitigated)).map((i) => ({ issue: i, level: levelOf2(i) })).filter((x) => x.level !== void 0 && x.level.rank <= limit.rank).sort((a, b) => a.level.rank - b.level.rank || a.issue.number - b.issue.number).map(({ issue: issue2, level }) => ({
    number: issue2.number,
    title: issue2.title,
    url: issue2.url,
    severity: level.id
  }));
}

// src/github/octokit-like.ts
var httpStatus = (error2) => typeof error2 === "object" && error2 !== null && "status" in error2 && typeof error2.status === "number" ? error2.status : void 0;

// src/handlers/link-sub-issues.ts
async function linkSubIssues(ports, parent, ids) {
  const existing = await ports.listSubIssues(parent);
  if (existing === null) return "unavailable";
  for (const id of ids) {
    if (existing.includes(id)) continue;
    try {
      if (await ports.addSubIssue(parent, id) === "unavailable") return "unavailable";
    } catch (error2) {
      if (httpStatus(error2) !== 422 || !(await ports.listSubIssues(parent))?.includes(id)) throw error2;
    }
  }
  return "linked";
}

// src/handlers/follow-action-items.ts
var BRANCH = /^postmortem\/incident-(\d+)$/;
async function followActionItems(pull, deps) {
  const incident = Number(BRANCH.exec(pull.head)?.[1] ?? Number.NaN);
  if (!pull.merged || Number.isNaN(incident))
    return { outcome: "ignored", reason: "not a merged postmortem" };
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok)
    return { outcome: "invalid-config", message: loaded2.problems.map((p) => p.path).join(", ") };
  const config2 = loaded2.config;
  if (!config2.actionItems.enabled) return { outcome: "ignored", reason: "actionItems.enabled is false" };
  const { ports } = deps;
  const document = (await ports.listPullFiles(pull.number)).find((f) => isPostmortem(f, config2));
  if (document === void 0) return { outcome: "ignored", reason: `#${pull.number} changes no postmortem` };
  const text = await ports.readFileAt(document, pull.mergeCommitSha ?? (await ports.getDefaultBranch()).name);
  if (text === null) return { outcome: "ignored", reason: `${document} is not there after the merge` };
  const severity = frontMatter(text, "severity");
  const merged = Date.parse(pull.mergedAt ?? deps.now().toISOString());
  const due = new Date(merged + dueDays(config2, severity) * 864e5).toISOString().slice(0, 10);
  const existing = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  const self = await deps.self();
  for (const issue2 of await ports.listIssues({ label: config2.labels.actionItem, state: "all" })) {
    const marker = isTool(issue2.author, self) ? readActionItemMarker(issue2.body) : null;
    if (marker?.pull !== pull.number) continue;
    existing.set(marker.key, issue2.number);
    if (issue2.id !== void 0) ids.set(issue2.number, issue2.id);
  }
  const created = [];
  for (const item of parseActionItems(text).filter((i) => !i.done)) {
    if (existing.has(item.key)) continue;
    const { title, body } = actionItemIssue({ item, pull, incident, severity, due, document });
    const marker = requestMarker(`action-item-${pull.number}-${item.key}`);
    const input = { title, body: `${marker}
${body}`, labels: [config2.labels.actionItem] };
    let issue2;
    try {
      issue2 = await ports.createIssue(
        item.assignee ? { ...input, assignees: [item.assignee] } : input,
        marker
      );
    } catch (error2) {
      if (httpStatus(error2) !== 422 || !item.assignee) throw error2;
      issue2 = await ports.createIssue(input, marker);
    }
    existing.set(item.key, issue2.number);
    if (issue2.id !== void 0) ids.set(issue2.number, issue2.id);
    created.push(issue2.number);
  }
  const all = [...existing.values()].filter((n) => !created.includes(n));
  const numbers = [...existing.values()].sort((a, b) => a - b);
  const subIssues = numbers.length === 0 ? "none" : await linkSubIssues(
    ports,
    incident,
    numbers.flatMap((n) => ids.get(n) ?? [])
  );
  if (existing.size > 0) await announce(deps, incident, pull, numbers, subIssues === "linked");
  return { outcome: "followed", incident, created, existing: all, document, subIssues };
}
async function announce(deps, incident, pull, issues, asSubIssues) {
  const self = (await deps.self()).toLowerCase();
  const marker = actionItemsMarker(pull.number);
  const said2 = (await deps.ports.listComments(incident)).some(
    (c) => c.authorIsBot && c.author.toLowerCase() === self && c.body.startsWith(marker)
  );
  if (said2) return;
  const list = [...issues].sort((a, b) => a - b).map((n) => `- #${n}`);
  await deps.ports.createComment(
    incident,
    [
      marker,
      asSubIssues ? `The postmortem (#${pull.number}) is merged; its action items are now sub-issues of this incident:` : `The postmortem (#${pull.number}) is merged; its action items are now issues:`,
      "",
      ...list,
      ""
    ].join("\n")
  );
}
function isPostmortem(path, config2) {
  const directory = trimPath(config2.postmortem.directory);
  const inside = directory === "" || directory === "." ? !path.includes("/") : path.startsWith(`${directory}/`);
  return inside && path.endsWith(".md") && path !== postmortemIndexPath(config2);
}

// src/core/config/default-config.generated.ts
function builtInConfig() {
  return {
    severities: [
      {
        id: "SEV1",
        label: "SEV1",
        rank: 1,
        description: "Critical: the service is down or data is being lost for many customers.",
        responseMode: "All hands: incident work beats every other task until mitigated.",
        updateCadenceMinutes: 30,
        notify: [],
        requiredRoles: [
          "commander",
          "comms",
          "scribe"
        ],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "b60205"
      },
      {
        id: "SEV2",
        label: "SEV2",
        rank: 2,
        description: "Major: a core feature is broken or badly degraded for many customers.",
        responseMode: "Drop other work: the on-call team and the commander work it until mitigated.",
        updateCadenceMinutes: 60,
        notify: [],
        requiredRoles: [
          "commander",
          "comms"
        ],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "d93f0b"
      },
      {
        id: "SEV3",
        label: "SEV3",
        rank: 3,
        description: "Minor: a feature is degraded or a few customers are affected; a workaround exists.",
        responseMode: "Business hours: the owning team works it as its top priority.",
        updateCadenceMinutes: 240,
        notify: [],
        requiredRoles: [
          "commander"
        ],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "fbca04"
      },
      {
        id: "SEV4",
        label: "SEV4",
        rank: 4,
        description: "Low: cosmetic or internal impact, no customer harm.",
        responseMode: "Planned work: track it and fix it in the normal flow.",
        updateCadenceMinutes: 0,
        notify: [],
        requiredRoles: [],
        postmortem: true,
        flow: [
          {
            id: "commander",
            title: "Commander assigned",
            auto: "role:commander"
          },
          {
            id: "severity",
            title: "Severity confirmed by the decider",
            auto: "severity-confirmed"
          },
          {
            id: "customers",
            title: "Customers informed"
          },
          {
            id: "mitigated",
            title: "Impact mitigated",
            auto: "status:mitigated"
          },
          {
            id: "cause",
            title: "Cause identified",
            auto: "status:identified"
          },
          {
            id: "resolved",
            title: "Resolved",
            auto: "status:resolved"
          },
          {
            id: "postmortem",
            title: "Postmortem opened",
            auto: "postmortem"
          }
        ],
        color: "0e8a16"
      }
    ],
    defaultSeverity: "SEV3",
    roles: [
      {
        id: "commander",
        label: "role:commander",
        name: "Commander",
        duties: "Directs the response and owns its communication (incident commander).",
        multiple: false
      },
      {
        id: "lead",
        label: "role:lead",
        name: "Lead",
        duties: "Hands-on lead, delegated explicitly by the commander.",
        multiple: false
      },
      {
        id: "decider",
        label: "role:decider",
        name: "Decider",
        duties: "Decides whether it is an incident and at what level (product manager).",
        multiple: false
      },
      {
        id: "comms",
        label: "role:comms",
        name: "Comms",
        duties: "Customer-facing announcements (customer liaison).",
        multiple: false
      },
      {
        id: "scribe",
        label: "role:scribe",
        name: "Scribe",
        duties: "Keeps the record.",
        multiple: false
      },
      {
        id: "responder",
        label: "role:responder",
        name: "Responders",
        duties: "Investigate cause and impact, mitigate, recover.",
        multiple: true
      }
    ],
    labels: {
      incident: "incident",
      drill: "drill",
      postmortem: "postmortem",
      notAnIncident: "not-an-incident",
      maintenance: "maintenance",
      actionItem: "action-item",
      dashboard: "incident-dashboard",
      statusPrefix: "status:"
    },
    issueType: "Incident",
    commands: {
      allow: [
        "OWNER",
        "MEMBER",
        "COLLABORATOR"
      ],
      allowUsers: [],
      sevRoles: [],
      requirePermission: [
        "sev",
        "resolve",
        "public",
        "public-title",
        "component",
        "revert"
      ],
      outsiderForms: "ignore"
    },
    postmortem: {
      enabled: true,
      directory: "docs/postmortems",
      draft: false,
      reviewers: []
    },
    board: {
      timelineLimit: 50
    },
    timeZone: "UTC",
    oncall: [],
    contacts: [],
    reminders: {
      updates: true,
      roleGraceMinutes: 15,
      postmortemDays: 7
    },
    drills: {
      notify: []
    },
    dashboard: {
      enabled: true,
      title: "Incident dashboard"
    },
    components: [],
    statusPage: {
      title: "Service status",
      historyDays: 90
    },
    actionItems: {
      enabled: true,
      dueDays: {}
    },
    notifications: {
      channels: []
    },
    alerts: {
      severity: {
        label: "severity"
      },
      dedup: "group",
      resolved: "note"
    },
    gate: {
      environments: [],
      blockOn: "SEV2"
    },
    changes: {
      windowHours: 24,
      limit: 10
    }
  };
}

// src/github/from-github.ts
var isoTime = (value) => {
  const date2 = new Date(typeof value === "string" ? value : Number.NaN);
  return Number.isNaN(date2.getTime()) ? (/* @__PURE__ */ new Date(0)).toISOString() : date2.toISOString();
};
var toPerson = (user) => ({
  login: typeof user?.login === "string" ? user.login : "ghost",
  isBot: user?.type === "Bot"
});
function toIssueSnapshot(issue2) {
  return {
    number: issue2.number,
    ...typeof issue2.id === "number" ? { id: issue2.id } : {},
    title: issue2.title ?? "",
    body: issue2.body ?? "",
    url: issue2.html_url ?? "",
    state: issue2.state === "closed" ? "closed" : "open",
    stateReason: issue2.state_reason ?? null,
    author: toPerson(issue2.user),
    authorAssociation: issue2.author_association ?? "NONE",
    createdAt: isoTime(issue2.created_at),
    updatedAt: isoTime(issue2.updated_at ?? issue2.created_at),
    closedAt: issue2.closed_at ? isoTime(issue2.closed_at) : null,
    labels: (issue2.labels ?? []).map((l) => typeof l === "string" ? l : l.name),
    assignees: (issue2.assignees ?? []).map((a) => a.login),
    isPullRequest: issue2.pull_request !== void 0 && issue2.pull_request !== null,
    ...issue2.type === void 0 ? {} : { type: typeof issue2.type?.name === "string" ? issue2.type.name : null }
  };
}

// src/handlers/adopt-form.ts
async function adoptIncidentForm(issue2, timeline, config2, deps) {
  const label = config2.labels.incident.toLowerCase();
  const touched = timeline.some(
    (e) => (e.kind === "labeled" || e.kind === "unlabeled") && e.label.toLowerCase() === label
  );
  if (touched) return null;
  await deps.ports.addLabels(issue2.number, [config2.labels.incident]);
  const at = deps.now().toISOString();
  const labeled = {
    kind: "labeled",
    id: 0,
    at: at > issue2.createdAt ? at : issue2.createdAt,
    actor: selfPerson(await deps.self()),
    label: config2.labels.incident
  };
  return {
    issue: { ...issue2, labels: [...issue2.labels, config2.labels.incident] },
    timeline: [...timeline, labeled]
  };
}

// src/handlers/declare-from-comment.ts
var FRESH_MS = 24 * 36e5;
async function declareFromComments(issue2, timeline, config2, deps) {
  const self = await deps.self();
  const now = deps.now();
  const state = deriveState(issue2, timeline, config2, { now, self });
  let result = { outcome: "ignored", reason: `#${issue2.number} is not an incident` };
  for (const event of timeline) {
    if (event.kind !== "commented" || event.actor.isBot || state.repliedTo.has(event.id)) continue;
    if (now.getTime() - Date.parse(event.at) > FRESH_MS) continue;
    const may = mayRunCommands({ login: event.actor.login, association: event.association }, config2);
    if (!may.ok) {
      if (commandLines(event.body, MAX_COMMAND_LINES).some((l) => l.name.toLowerCase() === "declare"))
        result = await refuse(issue2, event, may.reason, deps);
      continue;
    }
    const command = parseCommands(event.body, config2, { now: new Date(event.at) }).find(
      (c) => c.kind === "declare"
    );
    if (command?.kind === "declare") result = await declareOne(issue2, state, event, command, config2, deps);
  }
  return result;
}
async function refuse(issue2, comment, reason3, deps) {
  const text = `\`/declare\` was not run: ${reason3}.`;
  await deps.ports.createComment(
    issue2.number,
    `${replyMarker(comment.id)}
@${comment.actor.login} ${text}
`
  );
  return { outcome: "ignored", reason: reason3 };
}
async function declareOne(issue2, state, comment, command, config2, deps) {
  const { ports } = deps;
  const author = comment.actor.login;
  const reply = (text) => ports.createComment(issue2.number, `${replyMarker(comment.id)}
@${author} ${text}
`);
  const auth = authorize(
    { kind: "declare" },
    { login: author, association: comment.association },
    config2,
    []
  );
  if (!auth.ok) {
    await reply(`\`/declare\` was not run: ${auth.reason}.`);
    return { outcome: "ignored", reason: auth.reason };
  }
  const earlier = state.declaredFrom.get(comment.id);
  if (earlier !== void 0) {
    await reply(`declared incident #${earlier.number}.`);
    return { outcome: "ignored", reason: `already declared from this comment: #${earlier.number}` };
  }
  const result = await declare(
    {
      title: command.title,
      ...command.severity ? { severity: command.severity } : {},
      ...command.drill ? { drill: true } : {},
      summary: `Declared from #${issue2.number}.`,
      declaredBy: author,
      source: { issue: issue2.number, commentId: comment.id, url: issue2.url },
      requestId: `declare-${comment.id}`
    },
    deps
  );
  if (result.outcome === "handled") {
    await reply(`declared incident #${result.incident.number} (${result.incident.severity}).`);
  }
  return result;
}

// src/handlers/early-reads.ts
var BUILT_IN_INCIDENT_LABEL = builtInConfig().labels.incident;
var readsEarly = (labels) => hasLabel(labels, BUILT_IN_INCIDENT_LABEL);

// src/handlers/webhook-filter.ts
function ignoredByPayload(name, payload) {
  const p = payload;
  if (!p?.issue) return `${name} event without an issue`;
  if (name !== "issue_comment") return void 0;
  const sender = toPerson(p.sender);
  if (sender.isBot || toPerson(p.comment?.user).isBot) return `comment by a bot (${sender.login})`;
  const bodies = [p.comment?.body, p.changes?.body?.from];
  if (!bodies.some((b) => typeof b === "string" && COMMAND_LINE.test(b))) return "comment without commands";
  return void 0;
}

// src/handlers/handle-webhook.ts
var ignored = (reason3) => ({ outcome: "ignored", reason: reason3 });
var DECLARE_LINE = /^ {0,3}\/declare(\s|$)/im;
var mergeHints = (older, newer) => ({
  // Deliveries can arrive out of order: keep the fresher copy of the issue.
  ...newer.updatedAt >= older.updatedAt ? newer : older,
  commands: older.commands || newer.commands,
  declare: older.declare || newer.declare,
  dashboard: older.dashboard || newer.dashboard
});
async function handleWebhook(name, payload, deps, queue = directQueue) {
  const p = payload;
  const skip = ignoredByPayload(name, payload);
  if (skip !== void 0) return ignored(skip);
  const sender = toPerson(p.sender);
  const isComment = name === "issue_comment";
  if (sender.isBot && sender.login.toLowerCase() === (await deps.self()).toLowerCase())
    return ignored("the tool's own change");
  const issue2 = toIssueSnapshot(p.issue);
  const commands = isComment && p.action !== "deleted";
  const declare2 = commands && DECLARE_LINE.test(String(p.comment?.body ?? ""));
  return runForIssue(issue2, deps, queue, { commands, declare: declare2 });
}
var incidentKey = (repo, number3) => `${repo.owner}/${repo.repo}#${number3}`;
function runForIssue(issue2, deps, queue, comment = { commands: false, declare: false }) {
  const key = incidentKey(deps.ports.repo, issue2.number);
  const hint = {
    issue: issue2,
    updatedAt: issue2.updatedAt ?? "",
    ...comment,
    dashboard: comment.dashboard === true
  };
  return queue.run(key, hint, mergeHints, (latest, signal) => onIssue(latest, deps, queue, signal)).catch((error2) => {
    if (error2 instanceof HandedOverError) return { outcome: "ignored", reason: error2.message };
    throw error2;
  });
}
async function onInvalidConfig(hint, problems, deps, history) {
  const { issue: issue2 } = hint;
  if (!hasLabel(issue2.labels, BUILT_IN_INCIDENT_LABEL) && !hint.commands) {
    return { outcome: "invalid-config", problems, message: "" };
  }
  const timeline = await history();
  const config2 = builtInConfig();
  const self = await deps.self();
  const permissions = await readPermissions(deps.ports, {
    issue: issue2,
    events: timeline,
    config: config2,
    self,
    formAnswers: false
  });
  const state = deriveState(issue2, timeline, config2, { now: deps.now(), self, permissions });
  return reportConfigProblems(deps.ports, state, problems, deps.configPath);
}
function historyReader(issue2, deps) {
  let read;
  const history = () => {
    read ??= deps.ports.readTimeline(issue2.number);
    return read;
  };
  if (readsEarly(issue2.labels)) {
    history().catch(() => {
    });
    deps.self().catch(() => {
    });
  }
  return history;
}
async function onIssue(hint, deps, queue, signal) {
  const hold = hasLabel(hint.issue.labels, BUILT_IN_INCIDENT_LABEL) ? deps.writes?.holdAnswers() : void 0;
  try {
    return await runOnce(hint, deps, queue, { signal, release: hold ?? (() => {
    }) });
  } finally {
    hold?.();
  }
}
async function runOnce(hint, deps, queue, run) {
  const { issue: issue2 } = hint;
  const { signal, release } = run;
  const history = historyReader(issue2, deps);
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) {
    release();
    return onInvalidConfig(hint, loaded2.problems, deps, history);
  }
  const config2 = loaded2.config;
  const item = hasLabel(issue2.labels, config2.labels.actionItem) && isTool(issue2.author, await deps.self()) ? readActionItemMarker(issue2.body) : null;
  if (item !== null && !hasLabel(issue2.labels, config2.labels.incident)) {
    release();
    const incident = await deps.ports.getIssue(item.incident);
    if (incident === null) return ignored(`action item of #${item.incident}, which is gone`);
    return runForIssue(incident, deps, queue);
  }
  if (!hasLabel(issue2.labels, config2.labels.incident)) {
    release();
    if (hasIncidentType(issue2, config2) && issue2.state === "open" && !issue2.isPullRequest) {
      const adopted = await adoptIncidentForm(issue2, await history(), config2, deps);
      if (adopted === null)
        return ignored(`#${issue2.number} has the incident type, but its label was removed`);
      const result2 = await reconcile(adopted.issue, adopted.timeline, config2, deps, { signal });
      return withDashboard(result2, deps, config2, queue, hint.dashboard);
    }
    if (isIncidentForm(issue2.body) && issue2.state === "open" && !issue2.isPullRequest) {
      const timeline = await history();
      const self = await deps.self();
      const question = { issue: issue2, events: timeline, config: config2, self, formAnswers: true };
      if (isOutsiderForm(issue2, config2, self, await readPermissions(deps.ports, question)))
        return onOutsiderForm(issue2, timeline, config2, deps);
      const adopted = await adoptIncidentForm(issue2, timeline, config2, deps);
      if (adopted !== null)
        return withDashboard(
          await reconcile(adopted.issue, adopted.timeline, config2, deps, { signal }),
          deps,
          config2,
          queue
        );
    }
    if (!hint.declare) return ignored(`#${issue2.number} is not an incident`);
    return declareFromComments(issue2, await history(), config2, deps);
  }
  const result = await reconcile(issue2, await history(), config2, deps, { signal, release });
  return withDashboard(result, deps, config2, queue, hint.dashboard);
}
async function withDashboard(result, deps, config2, queue, always = false) {
  if (result.outcome === "handled" && (result.rowChanged || always) && result.row)
    await refreshDashboard(deps, config2, { rows: [result.row] }, queue);
  return result;
}

// src/handlers/handle-pull-request.ts
async function handlePullRequest(payload, deps, queue = directQueue) {
  const p = payload;
  const pr = p?.pull_request;
  if (p?.action !== "closed" || !pr) return { outcome: "ignored", reason: "not a closed pull request" };
  const followed = await followActionItems(
    {
      number: pr.number,
      url: pr.html_url ?? "",
      merged: pr.merged === true,
      mergedAt: pr.merged_at ?? null,
      mergeCommitSha: pr.merge_commit_sha ?? null,
      head: pr.head?.ref ?? ""
    },
    deps
  );
  if (followed.outcome === "invalid-config")
    return { outcome: "ignored", reason: `invalid config: ${followed.message}` };
  if (followed.outcome === "ignored") return followed;
  deps.log.info(
    `postmortem #${pr.number}: ${followed.created.length} action items made into issues` + (followed.existing.length > 0 ? `, ${followed.existing.length} already were` : "") + (followed.subIssues === "unavailable" ? "; GitHub has no sub-issues here (404), so they are linked from the incident's comment only" : "")
  );
  const incident = await deps.ports.getIssue(followed.incident);
  if (incident === null) return { outcome: "ignored", reason: `incident #${followed.incident} is gone` };
  return runForIssue(incident, deps, queue);
}

// src/core/alerts/alert-history.ts
function alertHistory(issue2, events, config2, self) {
  const out = { status: "firing", notifications: 1, countComment: null, owesMitigated: false };
  let resolvedAt = null;
  let repeats = 0;
  let statusSetAt = null;
  const statusLabels = new Set(
    ["investigating", "identified", "mitigated"].map((s) => statusLabel(config2, s))
  );
  for (const event of events) {
    if (event.kind === "labeled" && statusLabels.has(event.label)) statusSetAt = event.at;
    if (event.kind !== "commented" || !isTool(event.actor, self)) continue;
    if (hasHeaderMarker(event.body, ALERT_MARKER)) repeats++;
    const count = readAlertCountMarker(event.body);
    if (count !== null && out.countComment === null) {
      out.countComment = { id: event.id, body: event.body };
      out.notifications = Math.max(out.notifications, count);
    }
    const change = readAlertStateMarker(event.body);
    if (change !== null) {
      out.status = change;
      resolvedAt = change === "resolved" ? event.at : null;
    }
  }
  out.notifications = Math.max(out.notifications, repeats + 1);
  const mitigatedLabel = statusLabel(config2, "mitigated");
  out.owesMitigated = config2.alerts.resolved === "mitigate" && issue2.state === "open" && resolvedAt !== null && !issue2.labels.some((l) => l.toLowerCase() === mitigatedLabel.toLowerCase()) && (statusSetAt === null || statusSetAt <= resolvedAt);
  return out;
}

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge2,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify2,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object, key, getter) {
  let value = void 0;
  Object.defineProperty(object, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap2) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap2 ? wrap2(value, key) : value;
      });
    } else
      putProp(target, key, wrap2 ? wrap2(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify2(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t = typeof data;
  switch (t) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge2(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
var duration2 = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
    if (length === def.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length > def.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def) => {
  def.pattern ?? (def.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def) => {
  def.pattern ?? (def.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def) => {
  $ZodCheck.init(inst, def);
  const escapedRegex = escapeRegex(def.includes);
  const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
  def.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def.includes, def.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def.includes,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def.prefix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def) => {
  $ZodCheck.init(inst, def);
  const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
  def.pattern ?? (def.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def.suffix,
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def) => {
  def.pattern ?? (def.pattern = guid);
  $ZodStringFormat.init(inst, def);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def) => {
  if (def.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def.version}"`);
    def.pattern ?? (def.pattern = uuid(v));
  } else
    def.pattern ?? (def.pattern = uuid());
  $ZodStringFormat.init(inst, def);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
  def.pattern ?? (def.pattern = email);
  $ZodStringFormat.init(inst, def);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def) {
  if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def);
}
function parseURLObject(trimmed, def) {
  if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def.hostname && !urlHostnameOk(url, def.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def.hostname.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      if (def.protocol && !urlProtocolOk(url, def.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def.protocol.source,
          input: payload.value,
          inst,
          continue: !def.abort
        });
      }
      payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def) => {
  def.pattern ?? (def.pattern = emoji());
  $ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def) => {
  if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1))
    throw new Error(`Invalid nanoid length: ${def.length}`);
  def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def) => {
  def.pattern ?? (def.pattern = cuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def) => {
  def.pattern ?? (def.pattern = cuid2);
  $ZodStringFormat.init(inst, def);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def) => {
  def.pattern ?? (def.pattern = ulid);
  $ZodStringFormat.init(inst, def);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def) => {
  def.pattern ?? (def.pattern = xid);
  $ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def) => {
  def.pattern ?? (def.pattern = ksuid);
  $ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration2);
  $ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def) => {
  def.pattern ?? (def.pattern = ipv4);
  $ZodStringFormat.init(inst, def);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def) => {
  def.pattern ?? (def.pattern = ipv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv4);
  $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def) => {
  def.pattern ?? (def.pattern = cidrv6);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def) => {
  def.pattern ?? (def.pattern = base64Charset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def) => {
  def.pattern ?? (def.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def) => {
  def.pattern ?? (def.pattern = e164);
  $ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def) => {
  $ZodObject.init(inst, def);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def));
  const memo2 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo2, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo2 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo2 = globalConfig.memoizer;
  memo2?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo2 ? memo2.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve2) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer2 = isRecursive(child, stack, resolve2);
      if (answer2 > result)
        result = answer2;
    }
  };
  const shape = (sh, spread) => {
    let answer2 = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve2) : NONE;
      if (child > answer2)
        answer2 = child;
    }
    return answer2;
  };
  const merge3 = (answer2) => {
    if (answer2 > result)
      result = answer2;
  };
  const def = inst._zod.def;
  const kind = def.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def);
      merge3(raw ? shape(raw, true) : ASSUMED);
      check(def.catchall);
      break;
    }
    case "array":
      check(def.element);
      break;
    case "tuple":
      for (const el of def.items)
        check(el);
      check(def.rest);
      break;
    case "record":
    case "map":
      check(def.keyType);
      check(def.valueType);
      break;
    case "set":
      check(def.valueType);
      break;
    case "union":
      for (const el of def.options)
        check(el);
      break;
    case "intersection":
      check(def.left);
      check(def.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def.innerType);
      break;
    case "pipe":
      check(def.in);
      check(def.out);
      break;
    case "function":
      check(def.input);
      check(def.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def._cachedInner ?? (resolve2 ? inst._zod.innerType : void 0);
      merge3(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def) {
        const desc = Object.getOwnPropertyDescriptor(def, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer2) {
  if (answer2 !== ASSUMED)
    recursive.set(inst, answer2 === PROVEN);
  return answer2;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open = [];
var memo = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open.length > depth ? open.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify2(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped2 = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped2.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped2 };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
  _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
  _lazyMethod(proto, "addIssue", (self) => (issue2) => {
    self.issues.push(issue2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self) => (issues2) => {
    self.issues.push(...issues2);
    self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode2 = /* @__PURE__ */ _encode(ZodRealError);
var decode2 = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
  return inst;
}, {
  check(...chks) {
    const def = this.def;
    return this.clone(util_exports.mergeDefs(def, {
      checks: [
        ...def.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def, params) {
    return clone(this, def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode2(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode2(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def) => {
  $ZodString.init(inst, def);
  _ZodString.init(inst, def);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  _ZodString.init(inst, def);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def) => {
  $ZodEmail.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def) => {
  $ZodGUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def) => {
  $ZodUUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def) => {
  $ZodURL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def) => {
  $ZodEmoji.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def) => {
  $ZodNanoID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def) => {
  $ZodCUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def) => {
  $ZodCUID2.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def) => {
  $ZodULID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def) => {
  $ZodXID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def) => {
  $ZodKSUID.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def) => {
  $ZodIPv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def) => {
  $ZodIPv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def) => {
  $ZodCIDRv4.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def) => {
  $ZodCIDRv6.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def) => {
  $ZodBase64.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def) => {
  $ZodBase64URL.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def) => {
  $ZodE164.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def) => {
  $ZodJWT.init(inst, def);
  ZodStringFormat.init(inst, def);
});
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown2() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def.element;
}, {
  min(n, params) {
    return this.check(_minLength(n, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n, params) {
    return this.check(_maxLength(n, params));
  },
  length(n, params) {
    return this.check(_length(n, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown2() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown2() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function strictObject(shape, params) {
  return new ZodObject({
    type: "object",
    shape,
    catchall: never(),
    ...util_exports.normalizeParams(params)
  });
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def) => {
  $ZodIntersection.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodRecord = /* @__PURE__ */ $constructor("ZodRecord", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodRecord.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
  inst.keyType = def.keyType;
  inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodRecord({
      type: "record",
      keyType: string2(),
      valueType: keyType,
      ...util_exports.normalizeParams(valueType)
    });
  }
  return new ZodRecord({
    type: "record",
    keyType,
    valueType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def) => {
  $ZodExactOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def) => {
  $ZodPrefault.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def) => {
  $ZodNonOptional.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def.in;
  inst.out = def.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def) => {
  $ZodReadonly.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodType.init(inst, def);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/core/config/schema-alerts.ts
var DEFAULT_ALERT_SEVERITY_MAP = {
  critical: "SEV1",
  error: "SEV2",
  warning: "SEV3",
  info: "SEV4",
  P1: "SEV1",
  P2: "SEV2",
  P3: "SEV3",
  P4: "SEV4"
};
var AlertSeveritySchema = strictObject({
  /** The alert label whose value gives the severity (Alertmanager and Grafana). */
  label: string2().min(1).default("severity").describe("The alert label whose value gives the severity (Alertmanager and Grafana)."),
  /**
   * Label value (or PagerDuty priority, `P1`…) → severity level id. Omitted: `critical: SEV1`,
   * `error: SEV2`, `warning: SEV3`, `info: SEV4`, `P1: SEV1` … `P4: SEV4`. A value not in the map
   * gives the default level.
   */
  map: record(string2().min(1), string2().min(1)).optional().describe(
    "Label value (or PagerDuty priority `P1`\u2026) \u2192 severity level id. Omitted: critical \u2192 SEV1, error \u2192 SEV2, warning \u2192 SEV3, info \u2192 SEV4, P1\u2026P4 \u2192 SEV1\u2026SEV4. Other values give the default level."
  )
});
var AlertsSchema = strictObject({
  /** Severity of the incident an alert opens. */
  severity: AlertSeveritySchema.default(AlertSeveritySchema.parse({}, { jitless: true })).describe(
    "Severity of the incident an alert opens."
  ),
  /**
   * What makes one incident: `group` (Alertmanager's and Grafana's `groupKey`, PagerDuty's incident
   * id) or `alert` (each alert's `fingerprint`: an incident per alert).
   */
  dedup: _enum(["group", "alert"]).default("group").describe(
    "What makes one incident: `group` (Alertmanager's and Grafana's `groupKey`, PagerDuty's incident id) or `alert` (each alert's `fingerprint`)."
  ),
  /**
   * When every alert of an incident has resolved: `note` (on the timeline and the board) or
   * `mitigate` (also sets the status to mitigated). Closing stays a person's decision.
   */
  resolved: _enum(["note", "mitigate"]).default("note").describe(
    "When every alert has resolved: `note` (timeline and board) or `mitigate` (also sets the status to mitigated). Closing stays a person's decision."
  )
});

// src/core/alerts/map-alert.ts
var SOURCE_NAMES = {
  alertmanager: "Alertmanager",
  grafana: "Grafana",
  pagerduty: "PagerDuty",
  generic: "an alert"
};
var LISTED = 20;
function mapped(value, config2) {
  const map = config2.alerts.severity.map ?? DEFAULT_ALERT_SEVERITY_MAP;
  const id = map[value] ?? map[value.toLowerCase()] ?? map[value.toUpperCase()];
  const level = id === void 0 ? void 0 : config2.severities.find((s) => s.id === id);
  return level ?? resolveSeverity(value, config2, false);
}
var defaultLevel = (config2) => config2.severities.find((s) => s.id === config2.defaultSeverity) ?? config2.severities[0];
function levelOf(values, config2) {
  let best;
  for (const v of values) {
    const level = v === void 0 ? void 0 : mapped(v, config2);
    if (level !== void 0 && (best === void 0 || level.rank < best.rank)) best = level;
  }
  return (best ?? defaultLevel(config2)).id;
}
function distinct(values) {
  return [...new Set(values.filter((v) => v !== void 0 && v.trim() !== ""))];
}
function namesOf(alerts) {
  const names = distinct(alerts.map((a) => a.labels.alertname));
  if (names.length === 0) return void 0;
  const shown = names.slice(0, 3).join(", ");
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
function alertLine(a) {
  const name = a.labels.alertname ?? a.fingerprint ?? "alert";
  const about = a.annotations.summary ?? a.annotations.description;
  return `- ${a.status}: ${name}${about === void 0 ? "" : ` \u2014 ${about}`}`;
}
function groupSummary(n, alerts, description) {
  const lines = [
    ...description === void 0 ? [] : [description, ""],
    ...alerts.slice(0, LISTED).map(alertLine),
    ...alerts.length > LISTED ? [`- and ${alerts.length - LISTED} more`] : []
  ];
  if (n.url !== null) lines.push("", `Source: ${n.url}`);
  return lines.join("\n").trim();
}
function counts(alerts) {
  const firing = alerts.filter((a) => a.status === "firing").length;
  return { firing, resolved: alerts.length - firing };
}
function forGroup(n, config2) {
  if (n.groupKey === null && n.source !== "generic")
    return { ok: false, message: "groupKey is missing; it names the group (alerts.dedup is `group`)" };
  const label = config2.alerts.severity.label;
  const firingAlerts = n.alerts.filter((a) => a.status === "firing");
  let severity;
  if (n.source === "generic" && n.severity !== null) {
    const level = mapped(n.severity, config2);
    if (level === void 0)
      return {
        ok: false,
        message: `severity ${JSON.stringify(n.severity)} is neither a level (${config2.severities.map((s) => s.id).join(", ")}) nor in alerts.severity.map`
      };
    severity = level.id;
  } else
    severity = levelOf(
      [
        n.severity ?? void 0,
        n.commonLabels[label],
        ...(firingAlerts.length > 0 ? firingAlerts : n.alerts).map((a) => a.labels[label])
      ],
      config2
    );
  const title = n.title ?? n.commonAnnotations.summary ?? namesOf(n.alerts) ?? `${SOURCE_NAMES[n.source]} alert ${n.groupKey ?? ""}`.trim();
  const summary2 = n.alerts.length === 0 ? [n.summary, n.url === null ? null : `Source: ${n.url}`].filter((l) => l !== null).join("\n\n") : groupSummary(n, n.alerts, n.commonAnnotations.description);
  const key = n.groupKey === null ? null : n.source === "generic" ? n.groupKey : `${n.source}:${n.groupKey}`;
  const tally = n.alerts.length === 0 ? { firing: n.status === "firing" ? 1 : 0, resolved: n.status === "resolved" ? 1 : 0 } : counts(n.alerts);
  return { ok: true, value: { key, source: n.source, status: n.status, title, summary: summary2, severity, ...tally } };
}
function forAlerts(n, config2) {
  const label = config2.alerts.severity.label;
  const missing = n.alerts.findIndex((a) => a.fingerprint === null);
  if (missing >= 0)
    return {
      ok: false,
      message: `alerts[${missing}].fingerprint is missing; alerts.dedup is \`alert\`, which keys an incident by it`
    };
  const facts = n.alerts.map(
    (a) => ({
      key: `${n.source}:${a.fingerprint}`,
      source: n.source,
      status: a.status,
      title: a.annotations.summary ?? a.labels.alertname ?? `${SOURCE_NAMES[n.source]} alert ${a.fingerprint}`,
      summary: groupSummary(n, [a], a.annotations.description),
      severity: levelOf([a.labels[label], n.commonLabels[label]], config2),
      firing: a.status === "firing" ? 1 : 0,
      resolved: a.status === "resolved" ? 1 : 0
    })
  );
  return { ok: true, value: facts };
}
function mapAlert(n, config2) {
  if (config2.alerts.dedup === "alert" && (n.source === "alertmanager" || n.source === "grafana"))
    return forAlerts(n, config2);
  const one = forGroup(n, config2);
  return one.ok ? { ok: true, value: [one.value] } : one;
}

// src/handlers/ingest-alert.ts
var SOURCE_NAMES2 = {
  alertmanager: "Alertmanager",
  grafana: "Grafana",
  pagerduty: "PagerDuty",
  generic: ""
};
function mergeBatches(older, newer) {
  const out = [...older];
  for (const run of newer) {
    const last = out[out.length - 1];
    if (last !== void 0 && last.facts.status === run.facts.status)
      out[out.length - 1] = { facts: run.facts, count: last.count + run.count };
    else out.push(run);
  }
  return out;
}
async function prepareAlert(notification, deps, queue, declaredBy) {
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok)
    return {
      ok: false,
      message: `no alert is taken: ${formatConfigProblemsText(loaded2.problems, deps.configPath)}`
    };
  const config2 = loaded2.config;
  const mapped2 = mapAlert(notification, config2);
  if (!mapped2.ok) return mapped2;
  const run = () => Promise.all(
    mapped2.value.map((facts) => {
      if (facts.key === null) return openIncident(request2(facts, declaredBy), config2, deps);
      const key = `${deps.ports.repo.owner}/${deps.ports.repo.repo}@alert:${facts.key}`;
      const batch = [{ facts, count: 1 }];
      return queue.run(key, batch, mergeBatches, (all) => ingest(all, config2, deps, queue, declaredBy));
    })
  );
  return { ok: true, keys: mapped2.value.length, run };
}
function request2(facts, declaredBy) {
  const source = SOURCE_NAMES2[facts.source];
  return {
    title: facts.title,
    severity: facts.severity,
    summary: facts.summary,
    declaredBy,
    ...facts.key === null ? {} : { dedupKey: facts.key },
    ...source === "" ? {} : { alertSource: source }
  };
}
var ignored2 = (reason3) => ({ outcome: "ignored", reason: reason3 });
async function ingest(batch, config2, deps, queue, declaredBy) {
  const { ports } = deps;
  const key = batch[0]?.facts.key ?? "";
  const self = await deps.self();
  const open2 = await ports.listIssues({ label: config2.labels.incident, state: "open" });
  let issue2 = open2.find(
    (i) => isTool(i.author, self) && readDedupMarker(i.body) === key
  );
  let runs = batch;
  if (issue2 === void 0) {
    const first = runs.findIndex((r) => r.facts.status === "firing");
    const opening = runs[first];
    if (opening === void 0) return ignored2(`all alerts resolved; no open incident has the key ${key}`);
    const opened = await openIncident(request2(opening.facts, declaredBy), config2, deps);
    runs = [{ ...opening, count: opening.count - 1 }, ...runs.slice(first + 1)].filter((r) => r.count > 0);
    if (runs.length === 0 || opened.outcome !== "handled") return opened;
    issue2 = await ports.getIssue(opened.incident.number) ?? void 0;
    if (issue2 === void 0) return opened;
  }
  const history = alertHistory(issue2, await ports.readTimeline(issue2.number), config2, self);
  let { status, notifications } = history;
  for (const run of runs) {
    if (run.facts.status !== status) {
      status = run.facts.status;
      await ports.createComment(issue2.number, stateComment(run.facts));
    }
    notifications += run.count;
  }
  if (notifications !== history.notifications) {
    const body = countComment(notifications, runs[runs.length - 1]?.facts, deps.now());
    if (history.countComment === null) await ports.createComment(issue2.number, body);
    else await ports.updateComment(history.countComment.id, body);
  }
  const owes = status === "resolved" && (history.owesMitigated || history.status !== "resolved");
  if (owes && config2.alerts.resolved === "mitigate" && issue2.state === "open") {
    const mitigated = statusLabel(config2, "mitigated");
    if (!issue2.labels.includes(mitigated)) {
      await ports.addLabels(issue2.number, [mitigated]);
      for (const s of ["investigating", "identified"])
        if (issue2.labels.includes(statusLabel(config2, s)))
          await ports.removeLabel(issue2.number, statusLabel(config2, s));
    }
  }
  return runForIssue(issue2, deps, queue);
}
function stateComment(facts) {
  const what = facts.status === "resolved" ? "**All alerts resolved.** Closing the incident stays a person's decision." : `**Alerts firing again** (${facts.firing} firing).`;
  return `${alertStateMarker(facts.status)}
${what}
`;
}
function countComment(count, latest, now) {
  const state = latest === void 0 ? "" : ` The latest says ${latest.status}: ${latest.firing} firing, ${latest.resolved} resolved (${now.toISOString()}).`;
  return `${alertCountMarker(count)}
**Alert notifications:** ${count} received for this incident.${state}
`;
}

// src/handlers/remind-action-items.ts
async function remindActionItems(deps, config2) {
  if (!config2.actionItems.enabled) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const today = deps.now().toISOString().slice(0, 10);
  const overdue = (await ports.listIssues({ label: config2.labels.actionItem, state: "open" })).filter((i) => {
    const due = isTool(i.author, self) ? readDueMarker(i.body) : null;
    return due !== null && due < today;
  });
  let nudged = 0;
  for (const item of overdue) {
    const key = `action-item:${item.number}`;
    const comments = await ports.listComments(item.number);
    if (comments.some(
      (c) => c.authorIsBot && c.author.toLowerCase() === self && readReminderMarker(c.body) === key
    ))
      continue;
    const who = item.assignees.length > 0 ? `${item.assignees.map((a) => `@${a}`).join(" ")} ` : "";
    await ports.createComment(
      item.number,
      `${reminderMarker(key)}
${who}this action item was due on ${readDueMarker(item.body)}. Close it when it is done, or say here when it will be.
`
    );
    nudged++;
  }
  return nudged;
}

// src/handlers/remind-postmortems.ts
async function remindPostmortems(deps, config2) {
  const days = config2.reminders.postmortemDays;
  if (days <= 0) return 0;
  const { ports } = deps;
  const self = (await deps.self()).toLowerCase();
  const now = deps.now().getTime();
  const old = (await ports.listOpenPulls()).filter(
    (p) => hasLabel(p.labels, config2.labels.postmortem) && p.head.startsWith("postmortem/incident-") && now - Date.parse(p.createdAt) > days * 864e5
  );
  let nudged = 0;
  for (const pull of old) {
    const key = `postmortem:${pull.number}`;
    const comments = await ports.listComments(pull.number);
    const done = comments.some(
      (c) => c.authorIsBot && c.author.toLowerCase() === self && readReminderMarker(c.body) === key
    );
    if (done) continue;
    const age = Math.floor((now - Date.parse(pull.createdAt)) / 864e5);
    const who = pull.reviewers.length > 0 ? `${pull.reviewers.map((r) => `@${r}`).join(" ")} ` : "";
    await ports.createComment(
      pull.number,
      `${reminderMarker(key)}
${who}this postmortem has been open for ${age} days. Fill in what is still blank, review it and merge it: its action items only get done once it lands.
`
    );
    nudged++;
  }
  return nudged;
}

// src/handlers/sweep.ts
var SWEEP_CONCURRENCY = 4;
var number2 = (r) => r.outcome === "handled" ? r.incident.number : 0;
var SETTLED_MS = 5e3;
var CLOSED_LOOKBACK_MS = 7 * 24 * 36e5;
async function sweepRepository(deps, options = {}) {
  const queue = options.queue ?? directQueue;
  const loaded2 = await deps.loadConfig();
  if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
  const config2 = loaded2.config;
  const { ports } = deps;
  const since = new Date(
    Math.floor((deps.now().getTime() - CLOSED_LOOKBACK_MS) / 864e5) * 864e5
  ).toISOString();
  const incidents = [
    ...await ports.listIssues({ label: config2.labels.incident, state: "open" }),
    ...await ports.listIssues({ label: config2.labels.incident, state: "closed", since })
  ];
  const report = { listed: incidents.length, reconciled: 0, failed: [], results: [] };
  const one = async (issue2) => {
    const key = `${ports.repo.owner}/${ports.repo.repo}#${issue2.number}`;
    const updatedAt = issue2.updatedAt ?? "";
    if (options.memo?.unchanged(key, updatedAt, deps.now().toISOString())) return;
    try {
      const result = await runForIssue(issue2, deps, queue);
      report.reconciled++;
      report.results.push(result);
      const wake = result.outcome === "handled" ? result.wakeAt ?? null : null;
      if (Date.parse(updatedAt) < deps.now().getTime() - SETTLED_MS)
        options.memo?.remember(key, updatedAt, wake);
      else options.memo?.forget(key);
    } catch (error2) {
      options.memo?.forget(key);
      report.failed.push({
        number: issue2.number,
        error: error2 instanceof Error ? error2.message : String(error2)
      });
    }
  };
  const waiting = [...incidents];
  const worker = async () => {
    for (let next = waiting.shift(); next !== void 0 && !options.signal?.aborted; next = waiting.shift())
      await one(next);
  };
  await Promise.all(Array.from({ length: options.concurrency ?? SWEEP_CONCURRENCY }, worker));
  report.results.sort((a, b) => number2(a) - number2(b));
  const rows = report.results.flatMap((r) => r.outcome === "handled" && r.row ? [r.row] : []);
  const openNow = incidents.filter((i) => i.state === "open").map((i) => i.number);
  if (!options.signal?.aborted) await refreshDashboard(deps, config2, { rows, openNow, sweep: true }, queue);
  if (!options.signal?.aborted) report.postmortemNudges = await remindPostmortems(deps, config2);
  if (!options.signal?.aborted) report.actionItemNudges = await remindActionItems(deps, config2);
  return report;
}

// src/action/run.ts
var handlers = {
  handleWebhook,
  declare,
  // One event per run: the runs of one key are not serialised here (the Action's concurrency
  // group can be); a duplicate a race opens closes itself (`alert-duplicate.ts`).
  async alert(notification, declaredBy, deps) {
    const prepared = await prepareAlert(notification, deps, directQueue, declaredBy);
    if (!prepared.ok) throw new Error(prepared.message);
    const results = await prepared.run();
    return results.find((r) => r.outcome === "handled") ?? results[0] ?? { outcome: "ignored", reason: "no alerts" };
  },
  handlePullRequest: (payload, deps) => handlePullRequest(payload, deps),
  sweep: (deps) => sweepRepository(deps),
  gate: deployGate,
  async setup(deps) {
    const loaded2 = await deps.loadConfig();
    if (!loaded2.ok) return { invalid: loaded2.problems.map((p) => `${p.path}: ${p.message}`).join("; ") };
    return ensureRepoLabels(deps.ports, loaded2.config);
  },
  // The directory is relative to the workspace, where the workflow's later steps look for it.
  // Its renderers and `node:fs/promises` are loaded only in this mode (dist/status-page.js).
  async statusPage(deps, directory) {
    const { buildStatusPage } = await Promise.resolve().then(() => __toESM(require_status_page(), 1));
    return buildStatusPage(deps, (0, import_node_path.resolve)(process.env.GITHUB_WORKSPACE || process.cwd(), directory));
  }
};
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  handlers
});
