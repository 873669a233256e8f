import KubeCore

/// Validates a value against a schema as kube-openapi's `SchemaValidator` does
/// (k8s.io/kube-openapi/pkg/validation/validate: schema.go, type.go, validator.go,
/// object_validator.go, slice_validator.go, schema_props.go, values.go), with its results
/// turned into field errors as apiextensions-apiserver's `ValidateCustomResource` turns them
/// (pkg/apiserver/validation/validation.go). Message texts are kube-openapi's
/// (pkg/validation/errors/schema.go).
///
/// As there, `name` is kube-openapi's path of the value (`spec.containers[0].name`), the
/// messages repeat it (`spec.replicas in body must be of type integer`), and the field of an
/// error is `base` followed by that path. The checks that apply are chosen by the kind of the
/// value, not by the schema's type, so a wrongly typed value can collect several errors, as it
/// does in kube-apiserver. Where Go iterates a map, the schema's or the object's own order is
/// used so that results are stable.
struct SchemaValueValidator {
    /// Where the validated value sits: the root for an object, `…default` for a default value.
    let base: FieldPath

    func validate(_ value: JSONValue, against schema: StructuralSchema) -> [FieldError] {
        var errors: [FieldError] = []
        check(value, schema, name: "", into: &errors)
        return errors
    }

    /// The order of kube-openapi's validators: type, allOf/anyOf/oneOf/not, string, format,
    /// number, array, enum, object.
    private func check(_ value: JSONValue, _ schema: StructuralSchema, name: String, into errors: inout [FieldError]) {
        if value.isNull {
            if !schema.allowedTypes.isEmpty && !schema.nullable {
                errors.append(typeError(name, expected: schema.allowedTypes.joined(separator: ","), actual: "null"))
            }
            checkEnum(value, schema, name, &errors)
            return
        }
        checkType(value, schema, name, &errors)
        checkJunctors(value, schema, name, &errors)
        switch value {
        case let .string(text):
            checkString(text, schema, name, &errors)
            checkFormat(text, schema, name, &errors)
        case .integer, .number:
            checkNumber(value, schema, name, &errors)
        case let .array(elements):
            checkArray(elements, schema, name, &errors)
        default:
            break
        }
        checkEnum(value, schema, name, &errors)
        if case let .object(members) = value {
            checkObject(members, schema, name, &errors)
        }
    }

    // MARK: - Paths and messages

    /// `ValidateCustomResource`: the error's field is `fldPath.Child(name without its leading
    /// dot)`, or `fldPath` itself for the value at the base.
    private func field(_ name: String) -> FieldPath {
        guard !name.isEmpty, name != "." else { return base }
        return base.child(name.hasPrefix(".") ? String(name.dropFirst()) : name)
    }

    private func typeError(_ name: String, expected: String, actual: String) -> FieldError {
        .typeInvalid(field(name), .string(actual), "\(name) in body must be of type \(expected): \(GoValueFormat.quote(actual))")
    }

    /// The allOf/anyOf/oneOf/not summaries are plain errors, not kube-openapi `Validation`s, so
    /// apiextensions reports them at `fldPath` with an empty value.
    private func composite(_ message: String) -> FieldError {
        .invalid(base, .string(""), message)
    }

    // MARK: - Type

    private func checkType(_ value: JSONValue, _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        let types = schema.allowedTypes
        let format = schema.effectiveFormat
        guard !types.isEmpty || format != nil else { return }
        let (actualType, actualFormat): (String, String)
        var isFloatInt = false
        var isIntFloat = false
        switch value {
        case .bool: (actualType, actualFormat) = ("boolean", "")
        case .string: (actualType, actualFormat) = ("string", "")
        case .array: (actualType, actualFormat) = ("array", "")
        case .object: (actualType, actualFormat) = ("object", "")
        case .null: return
        case .integer:
            (actualType, actualFormat) = ("integer", "int64")
            isIntFloat = types.contains("number")
        case let .number(number):
            (actualType, actualFormat) = ("number", "float64")
            isFloatInt = Self.isJSONInteger(number) && types.contains("integer")
        }
        let isStringOrArray = actualType == "string" || actualType == "array"
        if !isStringOrArray, let format,
            !(types.contains(actualType) || actualFormat == format || isFloatInt || isIntFloat)
        {
            errors.append(typeError(name, expected: format, actual: actualFormat))
            return
        }
        if !(types.contains("number") || types.contains("integer")) && format != nil && isStringOrArray { return }
        if !(types.contains(actualType) || isFloatInt || isIntFloat) {
            errors.append(typeError(name, expected: types.joined(separator: ","), actual: actualType))
        }
    }

    // MARK: - allOf, anyOf, oneOf, not

    /// schema_props.go. Where kube-openapi reports the failures of the alternative that passed
    /// the most checks, this reports the one with the fewest errors (the first on a tie).
    private func checkJunctors(_ value: JSONValue, _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        let quoted = GoValueFormat.quote(name)
        if !schema.anyOf.isEmpty {
            var best: [FieldError]?
            var matched = false
            for branch in schema.anyOf {
                let branchErrors = branchResult(value, branch, name)
                if branchErrors.isEmpty {
                    matched = true
                    break
                }
                if best == nil || branchErrors.count < best!.count { best = branchErrors }
            }
            if !matched {
                errors.append(composite("\(quoted) must validate at least one schema (anyOf)"))
                errors += best ?? []
            }
        }
        if !schema.oneOf.isEmpty {
            var best: [FieldError]?
            var validated = 0
            for branch in schema.oneOf {
                let branchErrors = branchResult(value, branch, name)
                if branchErrors.isEmpty {
                    validated += 1
                    best = nil
                } else if validated == 0 && (best == nil || branchErrors.count < best!.count) {
                    best = branchErrors
                }
            }
            if validated != 1 {
                let found = validated == 0 ? "Found none valid" : "Found \(validated) valid alternatives"
                errors.append(composite("\(quoted) must validate one and only one schema (oneOf). \(found)"))
                errors += best ?? []
            }
        }
        if !schema.allOf.isEmpty {
            var validated = 0
            for branch in schema.allOf {
                let branchErrors = branchResult(value, branch, name)
                if branchErrors.isEmpty { validated += 1 }
                errors += branchErrors
            }
            if validated != schema.allOf.count {
                errors.append(composite("\(quoted) must validate all the schemas (allOf)\(validated == 0 ? ". None validated" : "")"))
            }
        }
        if let not = schema.not, branchResult(value, not, name).isEmpty {
            errors.append(composite("\(quoted) must not validate the schema (not)"))
        }
    }

    private func branchResult(_ value: JSONValue, _ schema: StructuralSchema, _ name: String) -> [FieldError] {
        var errors: [FieldError] = []
        check(value, schema, name: name, into: &errors)
        return errors
    }

    // MARK: - Strings

    /// Lengths count Unicode code points, as Go's `utf8.RuneCount`; only the first failing
    /// check is reported.
    private func checkString(_ text: String, _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        if schema.maxLength != nil || schema.minLength != nil {
            let length = Int64(text.unicodeScalars.count)
            if let maxLength = schema.maxLength, length > maxLength {
                errors.append(.tooLong(field(name), maxLength: maxLength))
                return
            }
            if let minLength = schema.minLength, length < minLength {
                errors.append(.invalid(field(name), .string(text), "\(name) in body should be at least \(minLength) chars long"))
                return
            }
        }
        if let pattern = schema.pattern, !pattern.matches(text) {
            let shown = pattern.compileError.map { "\(pattern.source), but pattern is invalid: \($0)" } ?? pattern.source
            errors.append(.invalid(field(name), .string(text), "\(name) in body should match '\(shown)'"))
        }
    }

    private func checkFormat(_ text: String, _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        guard let format = schema.effectiveFormat, SchemaFormat.isStringFormat(format),
            !SchemaFormat.validates(text, format: format)
        else { return }
        errors.append(
            .typeInvalid(field(name), .string(text), "\(name) in body must be of type \(format): \(GoValueFormat.quote(text))"))
    }

    // MARK: - Numbers

    /// An int64 value is compared with bounds truncated to int64 (`MaximumNativeType`), a
    /// float64 value with the bounds as they are; multipleOf, then minimum, then maximum.
    private func checkNumber(_ value: JSONValue, _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        let path = field(name)
        switch value {
        case let .integer(number):
            if let multipleOf = schema.multipleOf {
                let factor = Self.goInt64(multipleOf)
                if factor < 0 {
                    errors.append(.invalid(path, .integer(factor), "factor MultipleOf declared for \(name) must be positive: \(factor)"))
                } else if factor == 0 {
                    // Go divides by zero here and panics; check as a float instead.
                    checkMultipleOf(Double(number), value, multipleOf, name, &errors)
                } else if number % factor != 0 {
                    errors.append(.invalid(path, value, "\(name) in body should be a multiple of \(factor)"))
                }
            }
            if let minimum = schema.minimum {
                let bound = Self.goInt64(minimum)
                if schema.exclusiveMinimum ? number <= bound : number < bound {
                    errors.append(.invalid(path, value, minimumMessage(name, String(bound), schema.exclusiveMinimum)))
                }
            }
            if let maximum = schema.maximum {
                let bound = Self.goInt64(maximum)
                if schema.exclusiveMaximum ? number >= bound : number > bound {
                    errors.append(.invalid(path, value, maximumMessage(name, String(bound), schema.exclusiveMaximum)))
                }
            }
        case let .number(number):
            if let multipleOf = schema.multipleOf {
                checkMultipleOf(number, value, multipleOf, name, &errors)
            }
            if let minimum = schema.minimum, schema.exclusiveMinimum ? number <= minimum : number < minimum {
                errors.append(.invalid(path, value, minimumMessage(name, GoValueFormat.float(minimum), schema.exclusiveMinimum)))
            }
            if let maximum = schema.maximum, schema.exclusiveMaximum ? number >= maximum : number > maximum {
                errors.append(.invalid(path, value, maximumMessage(name, GoValueFormat.float(maximum), schema.exclusiveMaximum)))
            }
        default:
            break
        }
    }

    private func checkMultipleOf(_ number: Double, _ value: JSONValue, _ factor: Double, _ name: String, _ errors: inout [FieldError]) {
        if factor < 0 {
            errors.append(
                .invalid(field(name), .number(factor), "factor MultipleOf declared for \(name) must be positive: \(GoValueFormat.float(factor))"))
            return
        }
        let quotient = factor < 1 ? 1 / factor * number : number / factor
        if !Self.isJSONInteger(quotient) {
            errors.append(.invalid(field(name), value, "\(name) in body should be a multiple of \(GoValueFormat.float(factor))"))
        }
    }

    private func minimumMessage(_ name: String, _ bound: String, _ exclusive: Bool) -> String {
        "\(name) in body should be greater than \(exclusive ? "" : "or equal to ")\(bound)"
    }

    private func maximumMessage(_ name: String, _ bound: String, _ exclusive: Bool) -> String {
        "\(name) in body should be less than \(exclusive ? "" : "or equal to ")\(bound)"
    }

    /// Go's `int64(f)` conversion, saturating instead of wrapping for out-of-range values.
    static func goInt64(_ value: Double) -> Int64 {
        if value.isNaN { return 0 }
        if value >= 9.223372036854775807e18 { return .max }
        if value <= -9.223372036854775808e18 { return .min }
        return Int64(value)
    }

    /// go-openapi/swag `IsFloat64AJSONInteger`: a float within ±(2^53-1) that is an integer,
    /// or within a relative error of 1e-9 of one.
    static func isJSONInteger(_ value: Double) -> Bool {
        guard value.isFinite, value.magnitude <= 9_007_199_254_740_991 else { return false }
        let truncated = value.rounded(.towardZero)
        if value == truncated { return true }
        let difference = (value - truncated).magnitude
        if truncated == 0 || difference < Double.leastNonzeroMagnitude {
            return difference < 1e-9 * Double.leastNonzeroMagnitude
        }
        return difference / min(value.magnitude + truncated.magnitude, Double.greatestFiniteMagnitude) < 1e-9
    }

    // MARK: - Arrays

    private func checkArray(_ elements: [JSONValue], _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        if let items = schema.items {
            for (index, element) in elements.enumerated() {
                check(element, items, name: "\(name)[\(index)]", into: &errors)
            }
        }
        let count = Int64(elements.count)
        if let minItems = schema.minItems, count < minItems {
            errors.append(.invalid(field(name), .integer(count), "\(name) in body should have at least \(minItems) items"))
        }
        if let maxItems = schema.maxItems, count > maxItems {
            errors.append(.tooMany(field(name), actual: count, max: maxItems))
        }
        if schema.uniqueItems, Set(elements).count != elements.count {
            errors.append(.invalid(field(name), .string(""), "\(name) in body shouldn't contain duplicates"))
        }
    }

    // MARK: - Enum

    /// A null never matches (Go's reflection finds no value to compare). Allowed values that
    /// are not strings are listed as JSON.
    private func checkEnum(_ value: JSONValue, _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        guard let allowed = schema.enumValues, !allowed.isEmpty else { return }
        if !value.isNull && allowed.contains(value) { return }
        let listed = allowed.map { allowedValue -> String in
            if case let .string(text) = allowedValue { return text }
            return (try? allowedValue.jsonString(options: .sortedKeys)) ?? ""
        }
        errors.append(.notSupported(field(name), value, listed))
    }

    // MARK: - Objects

    /// Property counts first (and alone), then additional properties, declared properties in
    /// the schema's order, and required ones.
    private func checkObject(_ members: JSONObject, _ schema: StructuralSchema, _ name: String, _ errors: inout [FieldError]) {
        let count = Int64(members.count)
        if let minProperties = schema.minProperties, count < minProperties {
            errors.append(.invalid(field(name), .integer(count), "\(name) in body should have at least \(minProperties) properties"))
            return
        }
        if let maxProperties = schema.maxProperties, count > maxProperties {
            errors.append(.tooMany(field(name), actual: count, max: maxProperties))
            return
        }
        switch schema.additionalProperties {
        case .allowed(false)?:
            for key in members.keys where schema.properties[key] == nil {
                errors.append(.invalid(field(name), .string(key), "\(name).\(key) in body is a forbidden property"))
            }
        case let .schema(additional)?:
            for (key, member) in members where schema.properties[key] == nil {
                check(member, additional, name: name + "." + key, into: &errors)
            }
        default:
            break
        }
        for propertyName in schema.propertyNames {
            if let member = members[propertyName], let property = schema.properties[propertyName] {
                check(member, property, name: name.isEmpty ? propertyName : name + "." + propertyName, into: &errors)
            }
        }
        for requiredName in schema.required where members[requiredName] == nil {
            errors.append(.required(field(name + "." + requiredName)))
        }
    }
}
