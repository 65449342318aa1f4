# Builds the production jar (front-end bundle included, embedded MariaDB left out) and runs it on a
# JRE. The tags name one JDK release for both stages; raise them together.
FROM eclipse-temurin:25.0.3_9-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY db db
COPY frontend frontend
COPY src src
# Spring Boot's extracted layout: /app/app.jar holds the application's own classes (so the health
# check can run one of them with java -cp) and lists the libraries in /app/lib.
RUN ./mvnw -B -ntp -Pproduction -DskipTests package \
    && java -Djarmode=tools -jar target/werkplaats-*.jar extract --destination /app --application-filename app.jar

FROM eclipse-temurin:25.0.3_9-jre
RUN useradd --system --uid 10001 werkplaats && mkdir -p /data/documents && chown werkplaats /data/documents
COPY --from=build /app /opt/werkplaats
USER werkplaats
# Uploaded documents; mount a volume here so they outlive the container.
ENV WSG_DOCUMENTS_DIR=/data/documents
VOLUME /data/documents
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/werkplaats/app.jar"]
